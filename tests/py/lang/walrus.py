# assignment expressions
if (n := 10) > 5:
    print("n is", n)
print(n)
data = [1, 2, 3, 4]
if (k := len(data)) > 3:
    print("long", k)
i = 0
while (i := i + 1) < 4:
    print("loop", i)
print(i)
print((y := 5) * 2, y)
def f():
    if (z := 3):
        return z * 2
print(f())
vals = []
while (v := len(vals)) < 3:
    vals.append(v)
print(vals)
print([w := 1, w + 1])
x = (a := 1, b := 2)
print(x, a, b)
print(f"{(q := 9)}", q)
def g(p):
    return (r := p + 1) * r
print(g(2))
print((s := "assigned"), s)
print((t := [1, 2]) and len(t))

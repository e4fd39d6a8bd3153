# one-line compound statements and semicolons
x = 1; y = 2; z = x + y
print(x, y, z)
if z > 2: print("big"); print("still if")
for i in range(3): print(i, end=" ")
print()
while x < 4: x += 1
print(x)
def f(): return "one-liner"
print(f())
try: 1 / 0
except ZeroDivisionError: print("zde")
class_ = 5; print(class_)
a = 1;
print(a);
if False: print("no")
else: print("else one-liner")
def g(n): return n if n < 2 else g(n - 1) + g(n - 2)
print(g(10))

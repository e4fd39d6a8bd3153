# conditional expressions
x = 5
print("big" if x > 3 else "small")
print("big" if x > 10 else "small")
print(1 if x else 0)
print("neg" if x < 0 else "zero" if x == 0 else "pos")
for v in (-1, 0, 1):
    print("neg" if v < 0 else "zero" if v == 0 else "pos")
y = (lambda: "called")() if x else None
print(y)
print([a if a % 2 else -a for a in range(5)])
def side(msg, val):
    print("eval", msg)
    return val
r = side("a", 1) if side("cond", True) else side("b", 2)
print(r)
r = side("a", 1) if side("cond", False) else side("b", 2)
print(r)
print((1 if True else 2) + 10)
print(1 if True else 2 + 10)
print(1 if False else 2 + 10)
z = x if x > 100 else -x if x > 1 else 0
print(z)
print(*(["a", "b"] if x else ["c"]))
print(f"{'yes' if x else 'no'}")
print([] if [] else "empty")

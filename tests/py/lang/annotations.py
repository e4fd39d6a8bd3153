# annotations are accepted and ignored
x: int = 3
print(x)
y: str
try:
    print(y)
except NameError as e:
    print("NameError:", e)
z: list = [1, 2]
print(z)
def add(a: int, b: int = 2) -> int:
    return a + b
print(add(1), add(1, 5))
def greet(name: str, *args: int, flag: bool = False, **kw: float) -> None:
    print(name, args, flag, sorted(kw))
greet("hi", 1, 2, flag=True, q=1.0)
def f(a: "string annotation") -> "ret":
    return a
print(f(9))
count: int = 0
count += 1
print(count)
lam = lambda v: v
print(lam(3))
def g():
    local: float = 1.5
    other: int
    return local
print(g())
w: int = "not checked"
print(w)
nums: list = []
nums.append(1)
print(nums)
d = {}
d["k"]: int = 5
print(d)
def h(a: int = 5, /, b: str = "b", *, c: float = 0.5) -> tuple:
    return a, b, c
print(h())

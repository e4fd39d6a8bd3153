# the mutable default argument pitfall
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
def counter(d={}):
    d["n"] = d.get("n", 0) + 1
    return d["n"]
print(counter(), counter(), counter({}), counter())
def memo_fib(n, cache={0: 0, 1: 1}):
    if n not in cache:
        cache[n] = memo_fib(n - 1) + memo_fib(n - 2)
    return cache[n]
print(memo_fib(50))
print(len(memo_fib.__defaults__[0]))
def safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe(1), safe(2))
l1 = append_to(5)
l2 = append_to(6)
print(l1 is l2, l1)

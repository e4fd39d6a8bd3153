log = []
def f(tag, val):
    log.append(tag)
    return val
a = [0, 0, 0]
a[f("idx", 1)] += f("rhs", 5)
print(a, log); log.clear()
d = {f("k1", "a"): f("v1", 1), f("k2", "b"): f("v2", 2)}
print(d, log); log.clear()
def g(*args, **kw):
    return args, kw
print(g(f("p1", 1), *[f("s", 2)], k=f("kw", 3), **{"z": f("dd", 4)}), log); log.clear()
print(f("a", 1) < f("b", 2) < f("c", 0) < f("d", 5), log); log.clear()
x = f("t1", 0) or f("t2", []) or f("t3", "x")
print(x, log); log.clear()
x, y = f("r1", 1), f("r2", 2)
a[f("i1", 0)], a[f("i2", 1)] = f("v1", 10), f("v2", 20)
print(a, log); log.clear()
def h():
    try:
        return "try"
    finally:
        return "finally"
print(h())
def h2():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
    return "loop done"
try:
    print(h2())
except ValueError as e:
    print("escaped", e)
def h3():
    while True:
        try:
            1 / 0
        finally:
            break
    return "swallowed"
print(h3())
def h4():
    try:
        try:
            raise KeyError("inner")
        finally:
            log.append("inner finally")
    except KeyError as e:
        log.append(f"caught {e}")
        return log[:]
    finally:
        log.append("outer finally")
print(h4(), log); log.clear()
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)
x = [1, 2]
x[0], x[1] = x[1], x[0]
print(x)
m = {}
m["a"] = m.get("a", 0) + 1
m.setdefault("b", m.get("a"))
print(m)
n = 5
n += n * 2
n **= 2
n //= 7
n %= 10
n <<= 3
n |= 1
n ^= 0b101
n &= 0xff
n >>= 1
print(n)
s = "ab"
s *= 3
s += "!"
print(s)
l = [1]
l2 = l
l += [2]
l2 *= 2
print(l, l2, l is l2)
t = (1,)
t2 = t
t += (2,)
print(t, t2)

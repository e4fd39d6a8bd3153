# and/or return operands and short-circuit
log = []
def t(v):
    log.append(v)
    return v
print(t(0) and t(1))
print(log); log.clear()
print(t(1) and t(2))
print(log); log.clear()
print(t(0) or t(3))
print(log); log.clear()
print(t(4) or t(5))
print(log); log.clear()
print(t("") or t([]) or t(None))
print(log); log.clear()
print(t(1) and t(0) or t("x"))
print(log); log.clear()
print([] or {})
print({} and 1)
print("a" and "b")
print(None or "default")
x = 0
y = x or 10
print(y)
z = [1] and [2]
print(z)
print(not (0 or 0), not (1 and 1))
def boom():
    raise RuntimeError("should not run")
print(False and boom())
print(True or boom())
n = None
print(n is not None and n > 0)
print(0.0 or -0.0)
print(-0.0 or 0.0)

print(True and False, True or False, not True, not 0, not [], not [0])
print(0 and 1, 1 and 0, 2 and 3, 0 or 0.0, "" or "x", [] or {} or (), None or False)
print(1 and "yes" or "no", 0 and "yes" or "no", (0 and "a") or "b")
def trace(name, val):
    print("eval", name)
    return val
print(trace("a", 0) and trace("b", 1))
print(trace("c", 1) or trace("d", 1))
print(trace("e", 1) and trace("f", 0) or trace("g", 2))
print(1 < 2 < 3, 3 > 2 > 1, 1 < 3 < 2, 1 == 1 == 1.0, 1 != 2 != 1, 0 < 0 <= 0)
print(trace("x", 5) < trace("y", 3) < trace("z", 10))
print(None is None, None is not None, [] == [], [] is not [], "a" == "a")
print(True == 1, False == 0, True + True == 2)
print(bool(0) == False, bool("0"), bool(" "), bool(None) is False)
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
x = 5
print(0 < x < 10 and x != 7, not (x > 3 and x < 4), x in (1, 5) or x > 100)
print(not not x, not not "", (not x) == False)
print(True & True, True | False, True ^ True, ~False, -True, +False)
print(all([True, 1, "a"]), any([False, 0, ""]), sum([True, False, True]))
print([i for i in range(6) if i % 2 == 0 and i or i == 0])
print(max(True, False), min([True, False]), sorted([True, False, True]))

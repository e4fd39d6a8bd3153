# the 'as' name is unbound after the handler
e = "before"
try:
    raise ValueError("v")
except ValueError as e:
    print("inside", e)
try:
    print(e)
except NameError as err:
    print("NameError:", err)
def f():
    x = 1
    try:
        1 / 0
    except ZeroDivisionError as x:
        pass
    try:
        return x
    except UnboundLocalError as err:
        return "UnboundLocalError: " + str(err)
print(f())
saved = None
try:
    raise KeyError("k")
except KeyError as exc:
    saved = exc
print(repr(saved))
print("exc" in globals(), "saved" in globals())
try:
    raise TypeError("t")
except TypeError as exc2:
    exc2 = "rebound"
print("exc2" in globals())

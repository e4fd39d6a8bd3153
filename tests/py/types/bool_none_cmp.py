print(True + True, True * 3, False - True, True / True, True ** 10, 5 + False)
print(None is None, None == None, None != 0, None == False, not None, None is not False)
print([None, None].count(None), {None: 1}[None], str(None), repr(None), bool(None))
x = None
print(x is None, x or "default", x and "never", type(x).__name__)
def nothing():
    pass
def early(n):
    if n:
        return
    return 5
print(nothing(), early(1), early(0))
print(1 == 1.0, 1 is not None, "1" == 1, [1] == (1,), {1: 2} == [(1, 2)], 0 == False, "" == False)
print(1 != "1", None == [], (1, 2) != [1, 2])
pairs = [(1, "a"), (1, None), ("a", 1.5), (None, None), ([], ()), ({}, 1), (1.5, "x"), (True, "t")]
for a, b in pairs:
    for op in ("<", "<=", ">", ">="):
        try:
            eval("a " + op + " b")
            print("ok", op)
        except TypeError as e:
            print(type(e).__name__, e)
for a, b in [(1, "a"), ([], 1), (None, 1), ("s", 2.5), ((), []), ({}, {})]:
    try:
        print(a + b)
    except TypeError as e:
        print(type(e).__name__, e)
for a, b in [("a", "b"), ([1], 2.0), (None, 3), ({1}, 2)]:
    try:
        print(a * b)
    except TypeError as e:
        print(type(e).__name__, e)
for a, b in [("a", 1), (None, None), ([1], [1]), (2, "2")]:
    try:
        print(a - b)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    -"a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    +None
except TypeError as e:
    print(type(e).__name__, e)
try:
    None()
except TypeError as e:
    print(type(e).__name__, e)
try:
    5()
except TypeError as e:
    print(type(e).__name__, e)
try:
    None[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    None.foo
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (5).foo
except AttributeError as e:
    print(type(e).__name__, e)
try:
    "abc".nosuch()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    [].push(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    len(5, 6)
except TypeError as e:
    print(type(e).__name__, e)
def two(a, b):
    return a + b
try:
    two(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    two(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    two(1, c=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    two(1, a=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(undefined_variable)
except NameError as e:
    print(type(e).__name__, e)

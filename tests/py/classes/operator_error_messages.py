class A:
    pass


class B:
    def __init__(self, x):
        self.x = x

    def method(self):
        return self.x


a = A()
tests = [
    ("a + 1", lambda: a + 1),
    ("1 + a", lambda: 1 + a),
    ("a - a", lambda: a - a),
    ("a * 'x'", lambda: a * "x"),
    ("[1] * a", lambda: [1] * a),
    ("a / 2", lambda: a / 2),
    ("a // 2", lambda: a // 2),
    ("a % 2", lambda: a % 2),
    ("a ** 2", lambda: a ** 2),
    ("pow(a, 2, 3)", lambda: pow(a, 2, 3)),
    ("a @ a", lambda: a @ a),
    ("a & 1", lambda: a & 1),
    ("a | 1", lambda: a | 1),
    ("a ^ 1", lambda: a ^ 1),
    ("a << 1", lambda: a << 1),
    ("a >> 1", lambda: a >> 1),
    ("-a", lambda: -a),
    ("+a", lambda: +a),
    ("~a", lambda: ~a),
    ("abs(a)", lambda: abs(a)),
    ("a < a", lambda: a < a),
    ("a >= 1", lambda: a >= 1),
    ("a[0]", lambda: a[0]),
    ("a()", lambda: a()),
    ("len(a)", lambda: len(a)),
    ("iter(a)", lambda: iter(a)),
    ("1 in a", lambda: 1 in a),
    ("int(a)", lambda: int(a)),
    ("float(a)", lambda: float(a)),
    ("hash([])", lambda: hash([])),
    ("divmod(a, 1)", lambda: divmod(a, 1)),
    ("round(a)", lambda: round(a)),
    ("'x' + a", lambda: "x" + a),
    ("range(a)", lambda: range(a)),
    ("[][a]", lambda: [][a]),
    ("hex(a)", lambda: hex(a)),
]
for text, fn in tests:
    try:
        fn()
        print(text, "-> no error")
    except TypeError as e:
        print(text, "->", e)


def setitem():
    a[0] = 1


def delitem():
    del a[0]


def unpack():
    x, y = a


for fn in [setitem, delitem, unpack]:
    try:
        fn()
    except TypeError as e:
        print(fn.__name__, "->", e)
try:
    for _ in a:
        pass
except TypeError as e:
    print("for ->", e)
try:
    sorted([A(), A()])
except TypeError as e:
    print("sorted ->", e)
try:
    max(A(), A())
except TypeError as e:
    print("max ->", e)

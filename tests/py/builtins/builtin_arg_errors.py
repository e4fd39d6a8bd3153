def one(x):
    return x
def none():
    return 0
calls = [
    ("abs()", lambda: abs()),
    ("abs(1, 2)", lambda: abs(1, 2)),
    ("len()", lambda: len()),
    ("chr()", lambda: chr()),
    ("ord('a', 'b')", lambda: ord("a", "b")),
    ("divmod(1)", lambda: divmod(1)),
    ("pow(1)", lambda: pow(1)),
    ("round()", lambda: round()),
    ("sorted()", lambda: sorted()),
    ("sum()", lambda: sum()),
    ("range()", lambda: range()),
    ("range(1, 2, 3, 4)", lambda: range(1, 2, 3, 4)),
    ("isinstance(1)", lambda: isinstance(1)),
    ("enumerate()", lambda: enumerate()),
    ("hex()", lambda: hex()),
    ("str(1, 2, 3, 4)", lambda: str(1, 2, 3, 4)),
    ("int('1', 2, 3)", lambda: int("1", 2, 3)),
    ("float(1, 2)", lambda: float(1, 2)),
    ("bool(1, 2)", lambda: bool(1, 2)),
    ("tuple(1, 2)", lambda: tuple(1, 2)),
    ("set(1, 2)", lambda: set(1, 2)),
    ("dict(1, 2)", lambda: dict(1, 2)),
    ("'x'.upper(1)", lambda: "x".upper(1)),
    ("[].append()", lambda: [].append()),
    ("[].append(1, 2)", lambda: [].append(1, 2)),
    ("{}.get(1, 2, 3)", lambda: {}.get(1, 2, 3)),
    ("'ab'.split(',', 1, 2)", lambda: "ab".split(",", 1, 2)),
    ("sorted([2, 1], key=1)", lambda: sorted([2, 1], key=1)),
    ("max(key=len)", lambda: max(key=len)),
    ("print(foo=1)", lambda: print(foo=1)),
    ("next()", lambda: next()),
    ("iter()", lambda: iter()),
    ("callable()", lambda: callable()),
    ("one()", lambda: one()),
    ("one(1, 2)", lambda: one(1, 2)),
    ("one(y=1)", lambda: one(y=1)),
    ("none(1)", lambda: none(1)),
]
for text, fn in calls:
    try:
        fn()
        print(text, "-> no error")
    except TypeError as e:
        print(text, "->", type(e).__name__, e)

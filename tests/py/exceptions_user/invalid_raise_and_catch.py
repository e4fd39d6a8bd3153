class NotAnException:
    pass


class Real(Exception):
    pass


attempts = [
    ("raise int", lambda: 5),
    ("raise str", lambda: "message"),
    ("raise plain class", lambda: NotAnException),
    ("raise plain instance", lambda: NotAnException()),
    ("raise None", lambda: None),
]
for label, make in attempts:
    try:
        raise make()
    except TypeError as e:
        print(label, "-> TypeError:", e)

try:
    try:
        raise Real("inside")
    except NotAnException:
        print("never")
except TypeError as e:
    print("except with non-exception class -> TypeError:", e)
    print("context:", repr(e.__context__))

try:
    try:
        raise Real("x")
    except (Real, 5):
        print("tuple with a Real first still matches")
except TypeError as e:
    print("TypeError:", e)

try:
    try:
        raise ValueError("y")
    except (Real, 5):
        print("not here")
except TypeError as e:
    print("bad tuple member -> TypeError:", e)

try:
    try:
        raise Real("z")
    except "Real":
        print("never")
except TypeError as e:
    print("string in except -> TypeError:", e)


def raise_from_bad():
    raise Real("r") from "cause"


try:
    raise_from_bad()
except TypeError as e:
    print("from str -> TypeError:", e)


class WeirdNew(Exception):
    def __new__(cls, *args):
        return 42


try:
    raise WeirdNew
except TypeError as e:
    print("class returning non-exception -> TypeError:", e)
print(isinstance(Real(), BaseException), issubclass(NotAnException, BaseException))

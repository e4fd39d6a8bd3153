# assert statement
assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print("caught", repr(e), e.args)
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("caught", e)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print(e.args)
x = 5
try:
    assert x < 0, f"x is {x}"
except AssertionError as e:
    print(str(e))
def check(v):
    assert isinstance(v, int), "need int"
    return v * 2
print(check(4))
try:
    check("s")
except AssertionError as e:
    print("check failed:", e)
calls = []
def msg():
    calls.append(1)
    return "m"
assert True, msg()
print(calls)
try:
    assert 0, msg()
except AssertionError as e:
    print(e, calls)
try:
    assert None, 42
except AssertionError as e:
    print(e.args, type(e.args[0]).__name__)
print(issubclass(AssertionError, Exception))

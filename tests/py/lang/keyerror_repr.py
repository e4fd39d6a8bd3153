# KeyError str/repr quirks
e = KeyError("key")
print(str(e), repr(e))
e = KeyError(42)
print(str(e), repr(e))
e = KeyError()
print(repr(str(e)), repr(e))
e = KeyError("a", "b")
print(str(e), repr(e))
e = KeyError("")
print(repr(str(e)), repr(e))
e = KeyError(("tuple", "key"))
print(str(e), repr(e))
try:
    {"a": 1}["b"]
except KeyError as err:
    print(str(err), repr(err), err.args)
try:
    {}[(1, 2)]
except KeyError as err:
    print(str(err), err.args)
try:
    {}[None]
except KeyError as err:
    print(str(err))
try:
    {}["it's"]
except KeyError as err:
    print(str(err))
try:
    {}[1.5]
except KeyError as err:
    print(err)
try:
    set().pop()
except KeyError as err:
    print(repr(err), repr(str(err)))
try:
    {}.pop("zz")
except KeyError as err:
    print(repr(err))
try:
    {}.popitem()
except KeyError as err:
    print(repr(err))
print(f"{KeyError('fmt')}")
print("%s" % KeyError("pct"))

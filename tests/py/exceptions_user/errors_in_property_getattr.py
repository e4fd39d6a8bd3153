class LookupFailed(Exception):
    pass


class Model:
    def __init__(self, data):
        self._data = data

    @property
    def name(self):
        return self._data["name"]

    @property
    def age(self):
        if "age" not in self._data:
            raise LookupFailed("age unknown")
        return self._data["age"]

    @property
    def nickname(self):
        raise AttributeError("nickname not set")

    def __getattr__(self, attr):
        return f"<fallback {attr}>"


m = Model({"name": "ann"})
print(m.name)
try:
    m.age
except LookupFailed as e:
    print("LookupFailed:", e)
print(m.nickname)
print(m.anything)
m2 = Model({})
try:
    m2.name
except KeyError as e:
    print("KeyError from property:", e)
try:
    hasattr(m2, "name")
except KeyError as e:
    print("hasattr propagates KeyError:", e)


class Strict:
    @property
    def value(self):
        raise LookupFailed("strict failure")


s = Strict()
try:
    hasattr(s, "value")
except LookupFailed as e:
    print("hasattr propagates non-AttributeError:", e)
try:
    getattr(s, "value", "default")
except LookupFailed as e:
    print("getattr default does not swallow it:", e)


class AttrProp:
    @property
    def value(self):
        raise AttributeError("inner attribute error")


print(hasattr(AttrProp(), "value"), getattr(AttrProp(), "value", "default used"))


class Guarded:
    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise LookupFailed(f"private attribute {name} is read-only")
        object.__setattr__(self, name, value)


g = Guarded()
g.ok = 1
try:
    g._secret = 2
except LookupFailed as e:
    print("LookupFailed:", e)
try:
    setattr(g, "_x", 3)
except LookupFailed as e:
    print("LookupFailed:", e)
print(g.__dict__)

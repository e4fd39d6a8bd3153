class Logged:
    def __init__(self, x):
        self.x = x

    def __setattr__(self, name, value):
        print(f"  set {name} = {value!r}")
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        print(f"  del {name}")
        object.__delattr__(self, name)


o = Logged(1)
o.y = [2]
o.x += 10
print(o.x, o.y)
setattr(o, "z", "zed")
del o.y
delattr(o, "z")
print(o.__dict__)
try:
    del o.missing
except AttributeError as e:
    print("AttributeError:", e)


class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign to field {name!r}")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete field {name!r}")

    def __repr__(self):
        inner = ", ".join([f"{k}={v!r}" for k, v in self.__dict__.items()])
        return f"Frozen({inner})"


f = Frozen(a=1, b="two")
print(f)
for action in ["set", "del", "new"]:
    try:
        if action == "set":
            f.a = 5
        elif action == "del":
            del f.b
        else:
            f.c = 0
    except AttributeError as e:
        print("AttributeError:", e)
print(f)


class Validated:
    types = {"name": str, "age": int}

    def __setattr__(self, name, value):
        expected = self.types.get(name)
        if expected is None:
            raise AttributeError(f"unknown field {name}")
        if not isinstance(value, expected):
            raise TypeError(f"{name} must be {expected.__name__}, got {type(value).__name__}")
        super().__setattr__(name, value)


v = Validated()
v.name = "Ann"
v.age = 30
print(v.__dict__)
for field, value in [("age", "thirty"), ("name", 5), ("email", "x@y")]:
    try:
        setattr(v, field, value)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)


class Lower:
    def __setattr__(self, name, value):
        super().__setattr__(name.lower(), value)

    def __getattr__(self, name):
        lowered = name.lower()
        if lowered != name:
            return getattr(self, lowered)
        raise AttributeError(name)


lw = Lower()
lw.VALUE = 3
lw.Other = 4
print(lw.value, lw.VALUE, lw.oThEr, sorted(lw.__dict__))

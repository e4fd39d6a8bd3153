class Config:
    defaults = {"color": "blue", "size": 10}

    def __init__(self, **overrides):
        self.overrides = overrides

    def __getattr__(self, name):
        print("  __getattr__", name)
        if name in self.overrides:
            return self.overrides[name]
        if name in Config.defaults:
            return Config.defaults[name]
        raise AttributeError(f"no setting {name!r}")


c = Config(size=42)
print(c.size)
print(c.color)
print(c.overrides)
try:
    c.weight
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(c, "weight", "default-weight"))
print(hasattr(c, "color"), hasattr(c, "weight"))
c.color = "red"
print(c.color)


class Proxy:
    def __init__(self, target):
        self._target = target
        self._log = []

    def __getattr__(self, name):
        self._log.append(name)
        return getattr(self._target, name)


p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p._log)
print(p.count(1), p._log)
try:
    p.nope
except AttributeError as e:
    print("AttributeError:", e)


class Lazy:
    def __getattr__(self, name):
        if name.startswith("get_"):
            field = name[4:]
            return lambda: f"value of {field}"
        raise AttributeError(name)


lz = Lazy()
print(lz.get_x(), lz.get_name())
print(getattr(lz, "get_y")())
try:
    lz.other
except AttributeError as e:
    print("AttributeError:", e)


class Cached:
    def __getattr__(self, name):
        print("  computing", name)
        value = len(name)
        setattr(self, name, value)
        return value


k = Cached()
print(k.hello)
print(k.hello)
print(k.__dict__)


class PropFail:
    @property
    def broken(self):
        raise AttributeError("inner failure")

    def __getattr__(self, name):
        return f"fallback for {name}"


print(PropFail().broken)

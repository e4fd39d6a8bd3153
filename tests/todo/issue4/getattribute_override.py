class Audited:
    def __init__(self):
        self.a = 1
        self.b = 2

    def __getattribute__(self, name):
        if not name.startswith("_"):
            log = object.__getattribute__(self, "_log")
            log.append(name)
        return object.__getattribute__(self, name)

    _log = []

    def total(self):
        return self.a + self.b


x = Audited()
print(x.a, x.b, x.total())
print(Audited._log)
try:
    x.missing
except AttributeError as e:
    print("AttributeError:", e)
print(Audited._log[-1])
print(getattr(x, "nope", "dflt"), hasattr(x, "a"))
print(Audited._log[-2:])


class Redirect:
    def __init__(self):
        self.real = "real value"

    def __getattribute__(self, name):
        if name == "alias":
            name = "real"
        return super().__getattribute__(name)

    def __getattr__(self, name):
        return f"<missing {name}>"


r = Redirect()
print(r.alias, r.real, r.other)


class Hidden:
    def __init__(self):
        self.public = 1
        self.secret = 2

    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError(f"{name} is hidden")
        return object.__getattribute__(self, name)


h = Hidden()
print(h.public, hasattr(h, "secret"), getattr(h, "secret", "no access"))
print(h.__dict__)
try:
    h.secret
except AttributeError as e:
    print("AttributeError:", e)

class Profile:
    role = "user"

    def __init__(self, name, **extra):
        self.name = name
        self.tags = []
        for k, v in extra.items():
            setattr(self, k, v)

    def show(self):
        return ", ".join([f"{k}={v!r}" for k, v in self.__dict__.items()])


p = Profile("ann", age=31, city="Oslo")
print(p.__dict__)
print(p.show())
print(list(p.__dict__), "role" in p.__dict__, p.role)
p.__dict__["role"] = "admin"
print(p.role, Profile.role)
p.__dict__.update({"score": 9.5, "tags": ["x"]})
print(p.score, p.tags)
print(sorted(p.__dict__.keys()))
snapshot = dict(p.__dict__)
p.name = "changed"
print(snapshot["name"], p.name)
p.__dict__.clear()
print(p.__dict__, p.role, hasattr(p, "name"))


def diff(a, b):
    da, db = a.__dict__, b.__dict__
    out = []
    for k in sorted(set(da) | set(db)):
        if da.get(k, "<none>") != db.get(k, "<none>"):
            out.append(f"{k}: {da.get(k, '<none>')!r} -> {db.get(k, '<none>')!r}")
    return out


x = Profile("bob", age=40)
y = Profile("bob", age=41, city="Rome")
print(diff(x, y))


def to_dict(obj):
    out = {}
    for k, v in obj.__dict__.items():
        if hasattr(v, "__dict__") and not callable(v):
            out[k] = to_dict(v)
        elif isinstance(v, list):
            out[k] = [to_dict(i) if hasattr(i, "__dict__") else i for i in v]
        else:
            out[k] = v
    return out


class Address:
    def __init__(self, street, zipcode):
        self.street = street
        self.zipcode = zipcode


class Customer:
    def __init__(self, name, address, orders):
        self.name = name
        self.address = address
        self.orders = orders


cu = Customer("cy", Address("Main 1", "0150"), [Address("Side 2", "0200"), 7])
print(to_dict(cu))


def from_dict(cls, data):
    obj = cls.__new__(cls)
    obj.__dict__.update(data)
    return obj


a2 = from_dict(Address, {"street": "Elm", "zipcode": "9"})
print(type(a2).__name__, a2.street, a2.zipcode)
print(Profile.__dict__["role"], "show" in Profile.__dict__, "name" in Profile.__dict__)

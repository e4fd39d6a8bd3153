def greet(self):
    return f"hi from {type(self).__name__} with x={self.x}"


Point = type("Point", (), {"x": 0, "y": 0, "greet": greet})
p = Point()
print(p.x, p.y, p.greet())
p.x = 5
print(p.greet(), Point.x)
print(Point.__name__, Point.__bases__[0].__name__, type(Point).__name__)

Point3 = type("Point3", (Point,), {"z": 9, "__repr__": lambda self: f"Point3({self.x}, {self.y}, {self.z})"})
q = Point3()
print(q, q.greet(), isinstance(q, Point), [k.__name__ for k in Point3.__mro__])

print(type(5).__name__, type("s") is str, type(type) is type, type(object) is type)
print(type(p) is Point, type(q) is Point, type(q) is Point3)
print(isinstance(Point, type), isinstance(p, type), issubclass(type, object))


def make_record(name, fields):
    def __init__(self, *values):
        for f, v in zip(fields, values):
            setattr(self, f, v)

    def __repr__(self):
        inner = ", ".join([f"{f}={getattr(self, f)!r}" for f in fields])
        return f"{name}({inner})"

    return type(name, (), {"__init__": __init__, "__repr__": __repr__, "fields": tuple(fields)})


Person = make_record("Person", ["name", "age"])
Car = make_record("Car", ["make", "model", "year"])
print(Person("ann", 30), Car("vw", "golf", 1999))
print(Person.fields, Car.__name__)
print(type(Person("a", 1)).__name__)

classes = {}
for kind in ["Small", "Medium", "Large"]:
    classes[kind] = type(kind, (), {"size": len(kind)})
print([(k, classes[k].size) for k in sorted(classes)])
try:
    type("X", ())
except TypeError as e:
    print("TypeError:", e)
print(type("text") is str, type(Point3()).__name__)
print(type(None)(), type(0)(), repr(type("")()), type([])("ab"))

class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__("%s: %s" % (field, problem))
        self.field = field
        self.problem = problem

class Collector:
    def __init__(self):
        self.errors = []
    def __enter__(self):
        return self
    def __exit__(self, t, e, tb):
        if t is not None and issubclass(t, ValidationError):
            self.errors.append((e.field, e.problem))
            return True
        return False

def validate(record):
    if not record.get("name"):
        raise ValidationError("name", "required")
    if not isinstance(record.get("age"), int):
        raise ValidationError("age", "must be an int")
    if record["age"] < 0:
        raise ValidationError("age", "negative")
    return True

records = [
    {"name": "ann", "age": 30},
    {"name": "", "age": 5},
    {"name": "bob", "age": "old"},
    {"name": "cy", "age": -1},
    {"name": "dee", "age": 44},
]
c = Collector()
valid = []
for r in records:
    with c:
        validate(r)
        valid.append(r["name"])
print(valid)
for field, problem in c.errors:
    print(field, "->", problem)

try:
    with Collector() as c2:
        validate({"name": "x", "age": 1})
        validate(None)
except AttributeError as e:
    print("AttributeError passes through:", e)
print(c2.errors)

e = ValidationError("f", "p")
print(str(e), e.args, repr(e))
print(isinstance(e, Exception), type(e).__mro__[1].__name__)

class FieldError(Exception):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem


class FormErrors(Exception):
    def __init__(self, errors):
        self.errors = errors
        super().__init__(f"{len(errors)} field error(s)")

    def __str__(self):
        return "; ".join([str(e) for e in self.errors])

    def by_field(self):
        out = {}
        for e in self.errors:
            out.setdefault(e.field, []).append(e.problem)
        return out


class Field:
    def __init__(self, name, required=True):
        self.name = name
        self.required = required

    def check(self, value):
        if value in (None, ""):
            if self.required:
                raise FieldError(self.name, "is required")
            return None
        return self.convert(value)

    def convert(self, value):
        return value


class IntField(Field):
    def __init__(self, name, lo, hi, **kw):
        super().__init__(name, **kw)
        self.lo, self.hi = lo, hi

    def convert(self, value):
        try:
            n = int(value)
        except ValueError:
            raise FieldError(self.name, f"{value!r} is not an integer") from None
        if not self.lo <= n <= self.hi:
            raise FieldError(self.name, f"{n} not in [{self.lo}, {self.hi}]")
        return n


class EmailField(Field):
    def convert(self, value):
        if value.count("@") != 1 or "." not in value.split("@")[1]:
            raise FieldError(self.name, f"{value!r} is not an email")
        return value.lower()


class Form:
    fields = [Field("name"), IntField("age", 0, 130), EmailField("email"), IntField("score", 0, 10, required=False)]

    @classmethod
    def validate(cls, data):
        clean, errors = {}, []
        for f in cls.fields:
            try:
                clean[f.name] = f.check(data.get(f.name))
            except FieldError as e:
                errors.append(e)
        if errors:
            raise FormErrors(errors)
        return clean


inputs = [
    {"name": "Ann", "age": "31", "email": "Ann@Example.com"},
    {"name": "", "age": "abc", "email": "nope", "score": "11"},
    {"name": "Bob", "age": "200", "email": "b@x.org", "score": "7"},
]
for data in inputs:
    try:
        print("valid:", Form.validate(data))
    except FormErrors as e:
        print("invalid:", e)
        print("  args:", e.args)
        print("  by field:", e.by_field())
        print("  fields:", [x.field for x in e.errors], "cause of first:", e.errors[0].__cause__)

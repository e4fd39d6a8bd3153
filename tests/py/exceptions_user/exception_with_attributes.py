class ValidationError(Exception):
    def __init__(self, field, message, value=None):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
        self.value = value


class HttpError(Exception):
    def __init__(self, status, reason="unknown"):
        super().__init__(status, reason)
        self.status = status
        self.reason = reason

    @property
    def is_client_error(self):
        return 400 <= self.status < 500


def validate(user):
    if not user.get("name"):
        raise ValidationError("name", "is required")
    age = user.get("age")
    if not isinstance(age, int):
        raise ValidationError("age", "must be an integer", age)
    if age < 0:
        raise ValidationError("age", "must be >= 0", age)
    return True


for u in [{"name": "ann", "age": 3}, {"age": 4}, {"name": "b", "age": "x"}, {"name": "c", "age": -1}]:
    try:
        print(validate(u))
    except ValidationError as e:
        print(f"invalid {e.field!r} ({e.message}) value={e.value!r} | str={e} | args={e.args}")

for status in [404, 500, 418]:
    try:
        raise HttpError(status, "teapot" if status == 418 else "failure")
    except HttpError as e:
        print(e, "|", repr(e), "|", e.status, e.reason, e.is_client_error)

err = HttpError(401)
print(err.args, err.reason, str(err))
err.extra = "attached later"
print(err.extra)
err.args = ("replaced",)
print(str(err), repr(err), err.status)


class Quiet(Exception):
    def __init__(self, code):
        self.code = code


q = Quiet(7)
print(q.code, q.args, repr(q), str(q))
try:
    raise Quiet(9)
except Quiet as e:
    print("code", e.code, e.args)


class NoArgsStored(Exception):
    def __init__(self, a, b):
        super().__init__()
        self.a, self.b = a, b


n = NoArgsStored(1, 2)
print(n.args, repr(n), repr(str(n)), n.a + n.b)

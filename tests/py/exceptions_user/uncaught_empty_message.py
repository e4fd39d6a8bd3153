class ValidationError(Exception):
    def __init__(self, problems):
        super().__init__("")
        self.problems = problems


def validate(form):
    problems = []
    if not form.get("email", "").count("@") == 1:
        problems.append("email")
    if len(form.get("password", "")) < 8:
        problems.append("password")
    if problems:
        raise ValidationError(problems)
    return "valid"


print(validate({"email": "a@b.c", "password": "longenough"}))
try:
    validate({"email": "nope", "password": "short"})
except ValidationError as e:
    print("problems:", e.problems, "str:", repr(str(e)), "repr:", repr(e))
validate({"email": "x@y", "password": "123"})

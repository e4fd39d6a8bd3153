class Color:
    _members = []

    def __init__(self, name, value):
        self.name = name
        self.value = value
        Color._members.append(self)

    def __repr__(self):
        return f"<Color.{self.name}: {self.value}>"

    def __str__(self):
        return f"Color.{self.name}"

    @classmethod
    def by_value(cls, value):
        for m in cls._members:
            if m.value == value:
                return m
        raise ValueError(f"{value!r} is not a valid Color")

    @classmethod
    def members(cls):
        return list(cls._members)


Color.RED = Color("RED", 1)
Color.GREEN = Color("GREEN", 2)
Color.BLUE = Color("BLUE", 3)
print(Color.RED, repr(Color.GREEN), Color.BLUE.value)
print(Color.by_value(2) is Color.GREEN)
print([m.name for m in Color.members()])
try:
    Color.by_value(9)
except ValueError as e:
    print("ValueError:", e)


class Status:
    PENDING = "pending"
    ACTIVE = "active"
    DONE = "done"
    ALL = (PENDING, ACTIVE, DONE)
    NEXT = {PENDING: ACTIVE, ACTIVE: DONE}


print(Status.ALL, Status.NEXT[Status.PENDING])
state = Status.PENDING
while state in Status.NEXT:
    print("advance", state, "->", Status.NEXT[state])
    state = Status.NEXT[state]
print(state == Status.DONE)


class HttpStatus:
    codes = {}

    def __init__(self, code, phrase):
        self.code = code
        self.phrase = phrase
        HttpStatus.codes[code] = self

    @property
    def category(self):
        return {1: "info", 2: "success", 3: "redirect", 4: "client error", 5: "server error"}[self.code // 100]

    def __eq__(self, other):
        if isinstance(other, int):
            return self.code == other
        return self is other

    def __hash__(self):
        return hash(self.code)

    def __str__(self):
        return f"{self.code} {self.phrase}"


for c, p in [(200, "OK"), (301, "Moved Permanently"), (404, "Not Found"), (500, "Internal Server Error")]:
    HttpStatus(c, p)
for code in sorted(HttpStatus.codes):
    s = HttpStatus.codes[code]
    print(f"{str(s):<28}{s.category}")
print(HttpStatus.codes[404] == 404, HttpStatus.codes[404] == HttpStatus.codes[200])
print(404 in HttpStatus.codes, HttpStatus.codes[404] in [500, 404])

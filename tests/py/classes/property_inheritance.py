class Person:
    def __init__(self, first, last):
        self.first = first
        self.last = last

    @property
    def full_name(self):
        return f"{self.first} {self.last}"

    @full_name.setter
    def full_name(self, value):
        self.first, self.last = value.split(" ", 1)

    @property
    def email(self):
        return f"{self.first.lower()}.{self.last.lower()}@example.com"


class Employee(Person):
    domain = "corp.example"

    @property
    def email(self):
        return f"{self.first[0].lower()}{self.last.lower()}@{self.domain}"


class Titled(Person):
    def __init__(self, title, first, last):
        super().__init__(first, last)
        self.title = title

    @Person.full_name.getter
    def full_name(self):
        return f"{self.title} {self.first} {self.last}"


p = Person("Ada", "Lovelace")
e = Employee("Alan", "Turing")
t = Titled("Dr", "Grace", "Hopper")
for x in [p, e, t]:
    print(x.full_name, "|", x.email)
e.full_name = "Alonzo Church"
print(e.first, e.last, e.email)
t.full_name = "Edsger Dijkstra"
print(t.full_name, t.first)
print(Titled.full_name is Person.full_name, Employee.full_name is Person.full_name)
print(Titled.full_name.fset is Person.full_name.fset)
print(type(Titled.__dict__["full_name"]).__name__, "full_name" in Employee.__dict__)


class Rect:
    def __init__(self, w, h):
        self._w, self._h = w, h

    @property
    def area(self):
        return self._w * self._h

    def _get_w(self):
        return self._w

    def _set_w(self, v):
        if v <= 0:
            raise ValueError("width must be positive")
        self._w = v

    width = property(_get_w, _set_w)


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)

    def _set_w(self, v):
        super()._set_w(v)
        self._h = v

    width = property(Rect._get_w, _set_w)


r = Rect(2, 3)
r.width = 5
print(r.area)
s = Square(3)
s.width = 4
print(s.area, s.width)
try:
    s.width = 0
except ValueError as err:
    print("ValueError:", err)
try:
    s.area = 1
except AttributeError as err:
    print("AttributeError:", err)

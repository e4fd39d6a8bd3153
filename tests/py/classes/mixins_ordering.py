class ComparableMixin:
    """Derive all comparisons from a _key() method."""

    def __eq__(self, other):
        if not isinstance(other, ComparableMixin):
            return NotImplemented
        return self._key() == other._key()

    def __lt__(self, other):
        return self._key() < other._key()

    def __le__(self, other):
        return self._key() <= other._key()

    def __gt__(self, other):
        return self._key() > other._key()

    def __ge__(self, other):
        return self._key() >= other._key()

    def __hash__(self):
        return hash(self._key())


class ReprMixin:
    def __repr__(self):
        parts = [f"{k}={v!r}" for k, v in self.__dict__.items() if not k.startswith("_")]
        return f"{type(self).__name__}({', '.join(parts)})"


class JsonMixin:
    def to_json(self):
        items = []
        for k, v in self.__dict__.items():
            if isinstance(v, str):
                items.append(f'"{k}": "{v}"')
            else:
                items.append(f'"{k}": {v}')
        return "{" + ", ".join(items) + "}"


class Employee(ComparableMixin, ReprMixin, JsonMixin):
    def __init__(self, name, salary):
        self.name = name
        self.salary = salary
        self._secret = "hidden"

    def _key(self):
        return (self.salary, self.name)


class Manager(Employee):
    def __init__(self, name, salary, reports):
        super().__init__(name, salary)
        self.reports = reports


staff = [Employee("ann", 5000), Employee("bob", 4200), Manager("cy", 7000, 2), Employee("dee", 5000)]
print(sorted(staff))
print(max(staff), min(staff))
print(staff[0] < staff[3], staff[0] >= staff[1], staff[0] == Employee("ann", 5000))
print(staff[2].to_json())
print(len(set(staff + [Employee("bob", 4200)])))
print([k.__name__ for k in Manager.__mro__])
print(isinstance(staff[2], ComparableMixin), issubclass(Manager, (ReprMixin, int)))
print(Employee("x", 1) == 5, Employee("x", 1) != "x")


class Version(ComparableMixin):
    def __init__(self, s):
        self.s = s

    def _key(self):
        return tuple([int(p) for p in self.s.split(".")])

    def __repr__(self):
        return self.s


print(sorted([Version("1.10"), Version("1.9"), Version("1.2.3")]))
print(Version("2.0") > Version("1.99"), Version("1.0") == Version("1.0"))

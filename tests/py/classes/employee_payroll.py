class Employee:
    _ids = 0
    raise_pct = 3

    def __init__(self, name, base):
        Employee._ids += 1
        self.id = Employee._ids
        self.name = name
        self.base = base

    @classmethod
    def from_record(cls, record):
        name, base = record.split(":")
        return cls(name.strip(), int(base))

    def monthly_pay(self):
        return round(self.base / 12, 2)

    def give_raise(self):
        self.base = self.base * (100 + self.raise_pct) // 100
        return self.base

    def __str__(self):
        return f"#{self.id} {self.name:<6} {type(self).__name__:<10} {self.monthly_pay():>10.2f}"


class Manager(Employee):
    raise_pct = 5

    def __init__(self, name, base, bonus=0):
        super().__init__(name, base)
        self.bonus = bonus
        self.team = []

    def add(self, *emps):
        self.team.extend(emps)
        return self

    def monthly_pay(self):
        return round(super().monthly_pay() + self.bonus / 12 + 100 * len(self.team), 2)


class Contractor(Employee):
    raise_pct = 0

    def __init__(self, name, rate, hours):
        super().__init__(name, 0)
        self.rate = rate
        self.hours = hours

    def monthly_pay(self):
        return self.rate * self.hours

    def give_raise(self):
        self.rate += 1
        return self.rate


class Payroll:
    def __init__(self):
        self.staff = []

    def hire(self, e):
        self.staff.append(e)
        return e

    def total(self):
        return round(sum([e.monthly_pay() for e in self.staff]), 2)

    def by_type(self):
        out = {}
        for e in self.staff:
            out.setdefault(type(e).__name__, []).append(e.name)
        return out

    def print(self):
        for e in sorted(self.staff, key=lambda e: -e.monthly_pay()):
            print(" ", e)
        print("  total", self.total())


p = Payroll()
a = p.hire(Employee.from_record("ann: 60000"))
b = p.hire(Employee("bob", 48000))
c = p.hire(Contractor("cy", 55, 120))
m = p.hire(Manager("dee", 90000, bonus=12000))
m.add(a, b)
p.print()
print([e.give_raise() for e in p.staff])
p.print()
print(p.by_type())
print(Manager.from_record("eve:1200").monthly_pay(), type(Manager.from_record("f:0")).__name__)
print([e.id for e in p.staff], Employee._ids)
print(isinstance(m, Employee), [x.name for x in m.team])

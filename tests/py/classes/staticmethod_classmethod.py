class Date:
    separator = "-"

    def __init__(self, year, month, day):
        self.year = year
        self.month = month
        self.day = day

    @classmethod
    def from_string(cls, text):
        y, m, d = text.split(cls.separator)
        return cls(int(y), int(m), int(d))

    @classmethod
    def epoch(cls):
        return cls(1970, 1, 1)

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    def days_in_month(self):
        if self.month == 2:
            return 29 if Date.is_leap(self.year) else 28
        if self.month in (4, 6, 9, 11):
            return 30
        return 31

    def __repr__(self):
        return f"{type(self).__name__}({self.year}, {self.month}, {self.day})"


class SlashDate(Date):
    separator = "/"


d = Date.from_string("2024-02-10")
print(d, d.days_in_month())
print(Date.epoch())
s = SlashDate.from_string("2023/02/01")
print(s, s.days_in_month())
print(SlashDate.epoch())
print(type(SlashDate.epoch()).__name__)
print([y for y in range(1896, 1912) if Date.is_leap(y)])
print(d.is_leap(2000), d.is_leap(1900))
print(Date.is_leap(2024), s.is_leap(2023))

# classmethod called on an instance receives the class
print(s.from_string("1/2/3"))

# staticmethod and classmethod objects
sm = Date.__dict__["is_leap"]
cm = Date.__dict__["from_string"]
print(type(sm).__name__, type(cm).__name__)
print(sm.__func__(2000))


class Registry:
    items = []

    @classmethod
    def add(cls, x):
        cls.items.append(x)
        return len(cls.items)

    @classmethod
    def reset(cls):
        cls.items = []


print(Registry.add("a"), Registry.add("b"))
print(Registry.items)
Registry.reset()
print(Registry.items, Registry.add(1))

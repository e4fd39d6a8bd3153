class Stack(list):
    def push(self, x):
        self.append(x)
        return self

    def peek(self):
        if not self:
            raise IndexError("peek at empty stack")
        return self[-1]

    def __repr__(self):
        return "Stack" + super().__repr__()


s = Stack()
s.push(1).push(2).push(3)
print(s, len(s), s.peek(), s.pop(), s)
print(isinstance(s, list), s == [1, 2], type(s + [9]).__name__)
print(sorted(Stack([3, 1, 2])), list(reversed(s)))
try:
    Stack().peek()
except IndexError as e:
    print("IndexError:", e)


class TypedList(list):
    def __init__(self, kind, items=()):
        super().__init__()
        self.kind = kind
        for x in items:
            self.append(x)

    def append(self, x):
        if not isinstance(x, self.kind):
            raise TypeError(f"expected {self.kind.__name__}, got {type(x).__name__}")
        super().append(x)


tl = TypedList(int, [1, 2])
tl.append(3)
print(tl, sum(tl))
try:
    tl.append("4")
except TypeError as e:
    print("TypeError:", e)


class Celsius(float):
    def __repr__(self):
        return f"{float(self):.1f}C"

    def to_f(self):
        return Celsius(self * 9 / 5 + 32)


t = Celsius(21.5)
print(t, repr(t), t + 1, type(t + 1).__name__, t.to_f())
print([Celsius(0), Celsius(100)])


class Even(int):
    def __new__(cls, n):
        if n % 2:
            raise ValueError(f"{n} is odd")
        return super().__new__(cls, n)

    def half(self):
        return int(self) // 2


e = Even(10)
print(e, e.half(), e + 1, type(e + 1).__name__, e * 2, isinstance(e, int))
try:
    Even(7)
except ValueError as err:
    print("ValueError:", err)
print(sorted([Even(4), 3, Even(0)]), hex(Even(254)))


class Name(str):
    def initials(self):
        return "".join([w[0].upper() for w in self.split()])

    def __len__(self):
        return len(self.split())


n = Name("ada king lovelace")
print(n, n.initials(), len(n), n.upper(), type(n.upper()).__name__)
print(n == "ada king lovelace", n.startswith("ada"), n[:3], repr(n))
print({n: 1}["ada king lovelace"])


class Flags(int):
    def __str__(self):
        return "Flags(" + bin(self) + ")"


f = Flags(5)
print(f, f | 2, str(Flags(f | 2)), f"{f}")

class Shape:
    def __init__(self, name, **kw):
        self.name = name
        self.extra = kw
        print("Shape.__init__", name, sorted(kw))

    def area(self):
        return 0

    def describe(self):
        return f"{self.name}: area {self.area()}"


class Rect(Shape):
    def __init__(self, w, h, **kw):
        super().__init__("rect", **kw)
        self.w, self.h = w, h
        print("Rect.__init__", w, h)

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, side, **kw):
        super().__init__(side, side, **kw)
        self.name = "square"
        print("Square.__init__", side)

    def describe(self):
        return "[" + super().describe() + "]"


s = Square(4, color="red")
print(s.describe())
print(s.extra)


class Colored:
    def __init__(self, color="black", **kw):
        print("Colored.__init__", color)
        self.color = color
        super().__init__(**kw)


class Named:
    def __init__(self, label="?", **kw):
        print("Named.__init__", label)
        self.label = label
        super().__init__(**kw)


class Widget(Colored, Named):
    def __init__(self, **kw):
        print("Widget.__init__")
        super().__init__(**kw)


w = Widget(color="blue", label="ok")
print(w.color, w.label)
print([k.__name__ for k in Widget.__mro__])


class Base:
    def greet(self):
        return "base"


class Mid(Base):
    def greet(self):
        return "mid>" + super().greet()


class Leaf(Mid):
    def greet(self):
        return "leaf>" + super().greet()

    def skip(self):
        return super(Mid, self).greet()


print(Leaf().greet(), Leaf().skip())

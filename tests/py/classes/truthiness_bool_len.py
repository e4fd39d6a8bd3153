class Box:
    def __init__(self, items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        print("  __bool__ called")
        return self.on


class Both:
    def __len__(self):
        print("  __len__ called")
        return 0

    def __bool__(self):
        print("  __bool__ called")
        return True


class Nothing:
    pass


print(bool(Box([])), bool(Box([0])), len(Box("abc")))
if not Box([]):
    print("empty box is falsy")
print(bool(Flag(True)))
print(bool(Flag(False)))
print(bool(Both()))
print(bool(Nothing()))
print("yes" if Flag(False) else "no")
x = Flag(True) and "after"
print(x)
y = Flag(False) or "fallback"
print(y)
print(not Flag(True))
print([b.items for b in [Box([]), Box([1]), Box([2, 3])] if b])
print(any([Box([]), Box([])]), all([Box([1]), Box([2])]))
n = 0
w = Box([1, 2, 3])
while w:
    w.items.pop()
    n += 1
print("popped", n)
print(list(filter(None, [Box([]), Box("x"), Nothing()]))[0].items)


class BadBool:
    def __bool__(self):
        return 1


try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)


class BadLen:
    def __len__(self):
        return -1


try:
    bool(BadLen())
except ValueError as e:
    print("ValueError:", e)
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)


class StrLen:
    def __len__(self):
        return "3"


try:
    len(StrLen())
except TypeError as e:
    print("TypeError:", e)
try:
    len(Nothing())
except TypeError as e:
    print("TypeError:", e)

class Settings:
    def __init__(self):
        self.debug = False
        self.level = 1
        self.name = "default"

class Override:
    def __init__(self, obj, **changes):
        self.obj = obj
        self.changes = changes
        self.saved = {}
    def __enter__(self):
        for key in sorted(self.changes):
            self.saved[key] = getattr(self.obj, key)
            setattr(self.obj, key, self.changes[key])
        return self.obj
    def __exit__(self, *exc):
        for key, value in self.saved.items():
            setattr(self.obj, key, value)
        return False

s = Settings()
def show(label):
    print(label, s.debug, s.level, s.name)

show("before")
with Override(s, debug=True, level=5) as cfg:
    show("inside")
    print("same object:", cfg is s)
    with Override(s, name="nested", level=9):
        show("nested")
    show("after nested")
show("after")

try:
    with Override(s, level=99):
        show("about to fail")
        raise ValueError("failure")
except ValueError:
    show("restored after failure")

class SwapList:
    def __init__(self, lst, i, j):
        self.lst, self.i, self.j = lst, i, j
    def _swap(self):
        self.lst[self.i], self.lst[self.j] = self.lst[self.j], self.lst[self.i]
    def __enter__(self):
        self._swap()
        return self.lst
    def __exit__(self, *a):
        self._swap()

data = [1, 2, 3, 4]
with SwapList(data, 0, 3) as d:
    print("swapped", d)
print("restored", data)

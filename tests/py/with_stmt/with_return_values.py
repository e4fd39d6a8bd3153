class Resource:
    opened = 0
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        Resource.opened += 1
        print("open", self.name, "count", Resource.opened)
        return self
    def __exit__(self, t, e, tb):
        Resource.opened -= 1
        print("close", self.name, "count", Resource.opened)
        return False
    def read(self):
        return "data from " + self.name

def load(name):
    with Resource(name) as r:
        return r.read()

print(load("alpha"))

def load_two(a, b):
    with Resource(a) as ra, Resource(b) as rb:
        return ra.read() + " + " + rb.read()

print(load_two("x", "y"))

def with_finally():
    try:
        with Resource("f") as r:
            return "returned " + r.name
    finally:
        print("finally after exit")

print(with_finally())

def return_in_exit_context():
    result = []
    with Resource("ctx"):
        result.append(1)
    result.append(2)
    return result

print(return_in_exit_context())

def early(flag):
    with Resource("early"):
        if flag:
            return "early exit"
        print("not early")
    return "normal exit"

print(early(True))
print(early(False))
print("open at end:", Resource.opened)

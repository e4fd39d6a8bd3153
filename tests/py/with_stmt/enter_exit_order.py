class Tag:
    def __init__(self, name):
        self.name = name
        print("init", name)

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type, exc, tb)
        return None

with Tag("a"):
    print("body a")
print("---")
with Tag("b") as t:
    print("body b, target name:", t.name)
print("t still bound after with:", t.name)
print("---")
with Tag("outer"):
    with Tag("inner"):
        print("nested body")
print("---")
with Tag("x"), Tag("y"), Tag("z"):
    print("three managers")
print("---")
with Tag("p") as p, Tag("q") as q:
    print("targets", p.name, q.name)
print("---")

def make(name):
    print("make", name)
    return Tag(name)

with make("first") as f, make("second") as s:
    print("body", f.name, s.name)

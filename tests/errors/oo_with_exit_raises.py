class Closer:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("closing", self.name)
        raise RuntimeError("close failed for " + self.name)


with Closer("db") as c:
    print("using", c.name)
print("not reached")

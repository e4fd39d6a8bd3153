class Buffer:
    def __init__(self):
        self.chunks = []
        self.closed = False
    def write(self, s):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        self.chunks.append(s)
        return len(s)
    def getvalue(self):
        return "".join(self.chunks)
    def close(self):
        self.closed = True
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        self.close()
        return False

with Buffer() as buf:
    n = buf.write("hello ")
    n += buf.write("world")
print(n, repr(buf.getvalue()), buf.closed)
try:
    buf.write("more")
except ValueError as e:
    print("ValueError:", e)

def render_table(rows):
    with Buffer() as b:
        widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
        for row in rows:
            cells = [str(c).ljust(w) for c, w in zip(row, widths)]
            b.write(" | ".join(cells).rstrip() + "\n")
        return b.getvalue()

print(render_table([("name", "qty", "price"), ("apple", 3, 1.25), ("watermelon", 1, 4.0)]), end="")

class Closing:
    def __init__(self, thing):
        self.thing = thing
    def __enter__(self):
        return self.thing
    def __exit__(self, *a):
        self.thing.close()
        print("closed by Closing")

b2 = Buffer()
with Closing(b2) as inner:
    inner.write("abc")
print(b2.closed, b2.getvalue())

class Connection:
    def __init__(self, host):
        self.host = host
        self.open = False
    def __enter__(self):
        self.open = True
        return Cursor(self)
    def __exit__(self, *a):
        self.open = False
        print("connection to", self.host, "closed")

class Cursor:
    def __init__(self, conn):
        self.conn = conn
        self.rows = []
    def execute(self, q):
        if not self.conn.open:
            raise RuntimeError("connection closed")
        self.rows.append(q.upper())
        return len(self.rows)

conn = Connection("db1")
with conn as cur:
    print(type(cur).__name__, cur.execute("select 1"), cur.execute("select 2"))
    print(cur.conn is conn, conn.open)
print(conn.open, cur.rows)
try:
    cur.execute("select 3")
except RuntimeError as e:
    print("RuntimeError:", e)

class Numbers:
    def __enter__(self):
        return [1, 2, 3]
    def __exit__(self, *a):
        return False

with Numbers() as nums:
    nums.append(4)
print(nums)

class Const:
    def __init__(self, v):
        self.v = v
    def __enter__(self):
        return self.v * 2
    def __exit__(self, *a):
        pass

with Const(21) as v:
    print("value", v)
with Const("ab") as s:
    print("string", s)

class Builder:
    def __init__(self):
        self.parts = []
    def __enter__(self):
        return self.parts.append
    def __exit__(self, *a):
        print("built:", "".join(self.parts))

with Builder() as add:
    add("hel")
    add("lo")

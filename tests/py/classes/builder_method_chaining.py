class Query:
    def __init__(self, table):
        self.table = table
        self._fields = ["*"]
        self._where = []
        self._order = None
        self._limit = None

    def select(self, *fields):
        self._fields = list(fields)
        return self

    def where(self, **conds):
        for k in sorted(conds):
            self._where.append(f"{k} = {conds[k]!r}")
        return self

    def order_by(self, field, desc=False):
        self._order = field + (" DESC" if desc else "")
        return self

    def limit(self, n):
        if n < 0:
            raise ValueError("limit must be >= 0")
        self._limit = n
        return self

    def copy(self):
        q = Query(self.table)
        q.__dict__.update({k: (list(v) if isinstance(v, list) else v) for k, v in self.__dict__.items()})
        return q

    def __str__(self):
        s = f"SELECT {', '.join(self._fields)} FROM {self.table}"
        if self._where:
            s += " WHERE " + " AND ".join(self._where)
        if self._order:
            s += " ORDER BY " + self._order
        if self._limit is not None:
            s += f" LIMIT {self._limit}"
        return s

    def run(self, rows):
        out = []
        for r in rows:
            ok = True
            for cond in self._where:
                k, v = cond.split(" = ")
                if repr(r.get(k)) != v:
                    ok = False
            if ok:
                out.append(r)
        if self._order:
            key = self._order.split()[0]
            out.sort(key=lambda r: r[key], reverse=self._order.endswith("DESC"))
        if self._limit is not None:
            out = out[:self._limit]
        if self._fields != ["*"]:
            out = [{f: r[f] for f in self._fields} for r in out]
        return out


rows = [
    {"name": "ann", "dept": "eng", "age": 31},
    {"name": "bob", "dept": "ops", "age": 45},
    {"name": "cy", "dept": "eng", "age": 25},
    {"name": "dee", "dept": "eng", "age": 38},
]
q = Query("people").select("name", "age").where(dept="eng").order_by("age", desc=True).limit(2)
print(q)
print(q.run(rows))
base = Query("people").where(dept="eng")
young = base.copy().order_by("age").limit(1)
print(base)
print(young)
print(young.run(rows), len(base.run(rows)))
print(Query("t"))
try:
    Query("t").limit(-1)
except ValueError as e:
    print("ValueError:", e)


class Text:
    def __init__(self, s=""):
        self.s = s

    def add(self, part):
        return Text(self.s + part)

    def upper(self):
        return Text(self.s.upper())

    def __str__(self):
        return self.s


t0 = Text("a")
t1 = t0.add("b").add("c").upper()
print(t0, t1)

class RecordError(Exception):
    pass


class Record:
    def __init__(self, name, score):
        self.name = name
        self.score = score

    def check(self):
        if not isinstance(self.score, int):
            raise RecordError("bad score", self.name, self.score)
        return self.score * 10


try:
    Record("zed", None).check()
except RecordError as e:
    print("handled:", e, "|", repr(e), "|", len(e.args))

records = [Record("ann", 3), Record("bob", 4), Record("cy", "x"), Record("dee", 5)]
for r in records:
    print(r.name, r.check())
print("unreachable")

class Step:
    def __init__(self, i):
        self.i = i
    def __enter__(self):
        print("  enter", self.i)
        return self.i
    def __exit__(self, *a):
        print("  exit", self.i)

for i in range(5):
    with Step(i) as n:
        if n == 1:
            print("  continue at", n)
            continue
        if n == 3:
            print("  break at", n)
            break
        print("  body", n)
print("loop done")

i = 0
while True:
    i += 1
    with Step(i):
        if i < 3:
            continue
        break
print("while done at", i)

def find(target):
    for k in range(10):
        with Step(k):
            if k == target:
                return "found %d" % k
    return "missing"

print(find(2))

for outer in range(2):
    with Step("o%d" % outer):
        for inner in range(3):
            with Step("i%d" % inner):
                if inner == 1:
                    break
print("nested done")

def gen():
    with Step("in-gen"):
        yield 1
        yield 2

print(list(gen()))

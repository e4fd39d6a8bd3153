class Counter:
    def __init__(self, start=0):
        self.value = start

    def inc(self, step=1):
        self.value += step
        return self.value

    def get(self):
        return self.value


c = Counter(10)
m = c.inc
print(m())
print(m(5))
print(c.value)
print(m.__self__ is c)
print(m.__func__ is Counter.inc)
print(m.__name__, m.__qualname__)

# calling through the class with an explicit self
print(Counter.inc(c, 100))
print(Counter.get(c))

# storing bound methods in containers
d = Counter()
e = Counter(1000)
ops = [d.inc, e.inc, d.inc]
for op in ops:
    op(2)
print(d.value, e.value)

# bound methods keep their instance alive and distinct
actions = {"a": d.get, "b": e.get}
for k in sorted(actions):
    print(k, actions[k]())

# equality of bound methods
print(d.inc == d.inc, d.inc == e.inc)

# map with a bound method
f = Counter()
print(list(map(f.inc, [1, 2, 3])))

# functions assigned to the class become methods
def double(self):
    self.value *= 2
    return self.value

Counter.double = double
print(f.double(), f.double())

# functions assigned to the instance do not bind
f.hello = lambda: "hi"
print(f.hello())

print(callable(f.inc), callable(f), callable(Counter))

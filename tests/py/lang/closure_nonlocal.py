# nonlocal counters and state machines
def make_counter(start=0, step=1):
    value = start
    def inc():
        nonlocal value
        value += step
        return value
    def reset():
        nonlocal value
        value = start
    return inc, reset
inc, reset = make_counter(10, 5)
print(inc(), inc(), inc())
reset()
print(inc())
def toggle():
    state = False
    def flip():
        nonlocal state
        state = not state
        return state
    return flip
t = toggle()
print(t(), t(), t())
def fib_gen():
    a, b = 0, 1
    def nxt():
        nonlocal a, b
        r = a
        a, b = b, a + b
        return r
    return nxt
n = fib_gen()
print([n() for _ in range(10)])
def running_avg():
    total = 0
    count = 0
    def add(x):
        nonlocal total, count
        total += x
        count += 1
        return total / count
    return add
avg = running_avg()
print(avg(10), avg(20), avg(0))
def nested_nonlocal():
    x = 0
    def a():
        nonlocal x
        x += 1
        def b():
            nonlocal x
            x += 10
        b()
    a(); a()
    return x
print(nested_nonlocal())
def nonlocal_in_loop():
    total = 0
    def add_all(items):
        nonlocal total
        for it in items:
            total += it
    add_all([1, 2, 3])
    add_all([4])
    return total
print(nonlocal_in_loop())

# closures
def make_multiplier(k):
    def mul(x):
        return x * k
    return mul
double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), triple(5), double(triple(1)))
def outer():
    msg = "captured"
    def inner():
        return msg
    return inner
print(outer()())
def make_accumulator():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    return add
acc = make_accumulator()
acc(1); acc(2)
print(acc(3))
def chain():
    a = 1
    def level2():
        b = 2
        def level3():
            return a + b
        return level3
    return level2()()
print(chain())
def shared():
    val = [0]
    def get():
        return val[0]
    def put(v):
        val[0] = v
    return get, put
get, put = shared()
put(42)
print(get())
def param_capture(x):
    return lambda: x
fs = [param_capture(i) for i in range(3)]
print([f() for f in fs])
def counter_gen():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return step
s = counter_gen()
print(s(), s(), s())
def closure_over_loop():
    result = []
    for i in range(3):
        def f(i=i):
            return i * 10
        result.append(f)
    return [f() for f in result]
print(closure_over_loop())
print(double.__name__)
def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run
print(compose(double, triple, lambda v: v + 1)(1))

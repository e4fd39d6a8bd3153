# Coroutine-style generators driven by send().
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count

avg = averager()
next(avg)
for v in [10, 20, 30, 5]:
    print(avg.send(v))

def grep(pattern):
    matches = []
    try:
        while True:
            line = yield
            if pattern in line:
                matches.append(line)
    except GeneratorExit:
        print("grep closing with", matches)
        raise

gr = grep("py")
next(gr)
for line in ["python", "java", "pypy", "c"]:
    gr.send(line)
gr.close()

def consumer_chain():
    def printer():
        while True:
            item = yield
            print("print", item)

    def doubler(target):
        while True:
            item = yield
            target.send(item * 2)

    p = printer()
    next(p)
    d = doubler(p)
    next(d)
    for i in range(3):
        d.send(i)

consumer_chain()

# A state machine written as a generator.
def tokenizer():
    tokens = []
    current = ""
    while True:
        ch = yield tokens
        if ch is None:
            if current:
                tokens.append(current)
            return tokens
        if ch == " ":
            if current:
                tokens.append(current)
                current = ""
        else:
            current += ch

t = tokenizer()
next(t)
for ch in "ab cd  e":
    t.send(ch)
try:
    t.send(None)
except StopIteration as e:
    print(e.value)

# Delegating coroutine: results come back through yield from.
def subtask(name):
    got = []
    while True:
        x = yield
        if x is None:
            return name, got
        got.append(x)

def manager(results):
    while True:
        r = yield from subtask("task%d" % len(results))
        results.append(r)

results = []
m = manager(results)
next(m)
for x in [1, 2, None, 3, None, None]:
    m.send(x)
print(results)

class Output:
    def __init__(self):
        self.stack = [None]
    def write(self, text):
        target = self.stack[-1]
        if target is None:
            print(text)
        else:
            target.append(text)

out = Output()

class Capture:
    def __init__(self, output):
        self.output = output
        self.lines = []
    def __enter__(self):
        self.output.stack.append(self.lines)
        return self.lines
    def __exit__(self, t, e, tb):
        self.output.stack.pop()
        return False

def report(n):
    for i in range(n):
        out.write("line %d" % i)

out.write("direct 1")
with Capture(out) as lines:
    report(3)
    out.write("captured too")
out.write("direct 2")
print("captured:", lines)

with Capture(out) as outer_lines:
    out.write("outer a")
    with Capture(out) as inner_lines:
        out.write("inner a")
        report(2)
    out.write("outer b")
print(outer_lines, inner_lines)

try:
    with Capture(out) as lost:
        out.write("before error")
        raise ValueError("oops")
except ValueError:
    out.write("restored after error: stack depth %d" % len(out.stack))
print(lost)

class Tee:
    def __init__(self, output, sink):
        self.output = output
        self.sink = sink
    def __enter__(self):
        return self
    def __exit__(self, *a):
        for line in self.sink:
            print("tee>", line)

with Tee(out, ["x", "y"]):
    pass

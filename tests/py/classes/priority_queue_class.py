class Task:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name

    def __lt__(self, other):
        return (self.priority, self.name) < (other.priority, other.name)

    def __repr__(self):
        return f"Task({self.priority}, {self.name!r})"


class MinHeap:
    def __init__(self, items=()):
        self.data = []
        for x in items:
            self.push(x)

    def push(self, item):
        self.data.append(item)
        i = len(self.data) - 1
        while i > 0:
            parent = (i - 1) // 2
            if self.data[i] < self.data[parent]:
                self.data[i], self.data[parent] = self.data[parent], self.data[i]
                i = parent
            else:
                break

    def pop(self):
        if not self.data:
            raise IndexError("pop from empty heap")
        top = self.data[0]
        last = self.data.pop()
        if self.data:
            self.data[0] = last
            i = 0
            n = len(self.data)
            while True:
                l, r, small = 2 * i + 1, 2 * i + 2, i
                if l < n and self.data[l] < self.data[small]:
                    small = l
                if r < n and self.data[r] < self.data[small]:
                    small = r
                if small == i:
                    break
                self.data[i], self.data[small] = self.data[small], self.data[i]
                i = small
        return top

    def peek(self):
        return self.data[0]

    def __len__(self):
        return len(self.data)

    def __bool__(self):
        return bool(self.data)


h = MinHeap([5, 3, 8, 1, 9, 2, 7])
out = []
while h:
    out.append(h.pop())
print(out)
tasks = MinHeap()
for p, n in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee"), (5, "ship"), (2, "test")]:
    tasks.push(Task(p, n))
print(len(tasks), tasks.peek())
order = []
while tasks:
    order.append(tasks.pop().name)
print(order)
try:
    tasks.pop()
except IndexError as e:
    print("IndexError:", e)
words = MinHeap("the quick brown fox jumps over the lazy dog".split())
print([words.pop() for _ in range(len(words))])


class Untyped:
    pass


bad = MinHeap([Untyped()])
try:
    bad.push(Untyped())
except TypeError as e:
    print("TypeError:", e)

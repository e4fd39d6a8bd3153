class Task:
    counter = 0
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name
        Task.counter += 1
        self.seq = Task.counter
    def __lt__(self, other):
        if self.priority != other.priority:
            return self.priority > other.priority
        return self.seq < other.seq
    def __repr__(self):
        return "Task(%d, %r)" % (self.priority, self.name)

class PriorityQueue:
    def __init__(self):
        self.heap = []
    def push(self, item):
        h = self.heap
        h.append(item)
        i = len(h) - 1
        while i and h[i] < h[(i - 1) // 2]:
            p = (i - 1) // 2
            h[i], h[p] = h[p], h[i]
            i = p
    def pop(self):
        h = self.heap
        top = h[0]
        last = h.pop()
        if h:
            h[0] = last
            i = 0
            while True:
                c = 2 * i + 1
                if c >= len(h):
                    break
                if c + 1 < len(h) and h[c + 1] < h[c]:
                    c += 1
                if h[c] < h[i]:
                    h[i], h[c] = h[c], h[i]
                    i = c
                else:
                    break
        return top
    def __len__(self):
        return len(self.heap)

pq = PriorityQueue()
for prio, name in [(2, "write"), (5, "urgent fix"), (1, "lunch"), (5, "deploy"), (3, "review"), (2, "email")]:
    pq.push(Task(prio, name))
while len(pq):
    print(pq.pop())

print(sorted([Task(1, "a"), Task(3, "b"), Task(2, "c"), Task(3, "d")]))
print(min(Task(1, "low"), Task(9, "high")))
try:
    Task(1, "x") > Task(2, "y")
    print("reflected __lt__ used for >")
except TypeError as e:
    print("TypeError:", e)
try:
    Task(1, "x") <= Task(2, "y")
except TypeError as e:
    print("TypeError:", e)

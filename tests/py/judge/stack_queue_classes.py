class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def peek(self):
        return self._items[-1] if self._items else None
    def __len__(self):
        return len(self._items)
    def __bool__(self):
        return bool(self._items)
    def __repr__(self):
        return "Stack(%r)" % self._items

class Queue:
    """FIFO built from two stacks."""
    def __init__(self):
        self.inbox = Stack()
        self.outbox = Stack()
    def enqueue(self, x):
        self.inbox.push(x)
    def dequeue(self):
        if not self.outbox:
            while self.inbox:
                self.outbox.push(self.inbox.pop())
        if not self.outbox:
            raise IndexError("dequeue from empty queue")
        return self.outbox.pop()
    def __len__(self):
        return len(self.inbox) + len(self.outbox)

s = Stack()
for x in "abc":
    s.push(x)
print(s, len(s), s.peek(), s.pop(), s)
q = Queue()
for i in range(5):
    q.enqueue(i)
print(q.dequeue(), q.dequeue())
q.enqueue(99)
print([q.dequeue() for _ in range(len(q))])
for obj, op in [(Stack(), "pop"), (Queue(), "dequeue")]:
    try:
        getattr(obj, op)()
    except IndexError as e:
        print("IndexError:", e)

def eval_rpn(tokens):
    st = Stack()
    for t in tokens.split():
        if t in "+-*/":
            b, a = st.pop(), st.pop()
            st.push({"+": a + b, "-": a - b, "*": a * b, "/": int(a / b)}[t])
        else:
            st.push(int(t))
    return st.pop()

print(eval_rpn("3 4 + 2 *"), eval_rpn("5 1 2 + 4 * + 3 -"), eval_rpn("4 13 5 / +"))

class MinStack(Stack):
    def __init__(self):
        super().__init__()
        self.mins = Stack()
    def push(self, x):
        super().push(x)
        if not self.mins or x <= self.mins.peek():
            self.mins.push(x)
    def pop(self):
        x = super().pop()
        if x == self.mins.peek():
            self.mins.pop()
        return x
    def min(self):
        return self.mins.peek()

ms = MinStack()
for v in [5, 3, 7, 3, 2, 8]:
    ms.push(v)
    print("push", v, "min", ms.min())
while ms:
    print("pop", ms.pop(), "min", ms.min())

class RingBuffer:
    def __init__(self, capacity):
        self.capacity = capacity
        self.buf = [None] * capacity
        self.start = 0
        self.count = 0

    def push(self, x):
        end = (self.start + self.count) % self.capacity
        self.buf[end] = x
        if self.count < self.capacity:
            self.count += 1
        else:
            self.start = (self.start + 1) % self.capacity
        return self

    def pop_oldest(self):
        if not self.count:
            raise IndexError("pop from empty RingBuffer")
        x = self.buf[self.start]
        self.buf[self.start] = None
        self.start = (self.start + 1) % self.capacity
        self.count -= 1
        return x

    def __len__(self):
        return self.count

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.count))]
        if i < 0:
            i += self.count
        if not 0 <= i < self.count:
            raise IndexError("RingBuffer index out of range")
        return self.buf[(self.start + i) % self.capacity]

    def __iter__(self):
        return RingIterator(self)

    def __reversed__(self):
        return iter([self[i] for i in range(self.count - 1, -1, -1)])

    def __repr__(self):
        return f"RingBuffer({list(self)}, capacity={self.capacity})"

    def average(self):
        return sum(self) / len(self) if self else 0.0


class RingIterator:
    def __init__(self, ring):
        self.ring = ring
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= len(self.ring):
            raise StopIteration
        self.i += 1
        return self.ring[self.i - 1]


r = RingBuffer(4)
for v in [1, 2, 3]:
    r.push(v)
print(r, len(r), r[0], r[-1])
r.push(4).push(5).push(6)
print(r, r[0], r[-1], r[1:3], r[::-1])
print(list(reversed(r)), 5 in r, 1 in r)
print(r.pop_oldest(), r.pop_oldest(), r)
r.push(7).push(8).push(9)
print(r, r.buf)
print(r.average(), RingBuffer(3).average())
try:
    r[4]
except IndexError as e:
    print("IndexError:", e)
empty = RingBuffer(2)
try:
    empty.pop_oldest()
except IndexError as e:
    print("IndexError:", e)
window = RingBuffer(3)
moving = []
for x in [10, 20, 30, 40, 50, 60]:
    window.push(x)
    moving.append(window.average())
print(moving)
print(sorted(window, reverse=True), max(window), list(enumerate(window)))

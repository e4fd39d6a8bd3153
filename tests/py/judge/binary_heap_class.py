class MinHeap:
    def __init__(self, items=()):
        self.data = []
        for x in items:
            self.push(x)

    def __len__(self):
        return len(self.data)

    def __bool__(self):
        return bool(self.data)

    def push(self, item):
        d = self.data
        d.append(item)
        i = len(d) - 1
        while i > 0:
            parent = (i - 1) // 2
            if d[i] < d[parent]:
                d[i], d[parent] = d[parent], d[i]
                i = parent
            else:
                break

    def peek(self):
        if not self.data:
            raise IndexError("peek from empty heap")
        return self.data[0]

    def pop(self):
        d = self.data
        if not d:
            raise IndexError("pop from empty heap")
        top = d[0]
        last = d.pop()
        if d:
            d[0] = last
            i = 0
            n = len(d)
            while True:
                l, r = 2 * i + 1, 2 * i + 2
                smallest = i
                if l < n and d[l] < d[smallest]:
                    smallest = l
                if r < n and d[r] < d[smallest]:
                    smallest = r
                if smallest == i:
                    break
                d[i], d[smallest] = d[smallest], d[i]
                i = smallest
        return top

h = MinHeap([5, 3, 8, 1, 9, 2, 7])
print(len(h), h.peek())
out = []
while h:
    out.append(h.pop())
print(out)
try:
    h.pop()
except IndexError as e:
    print("IndexError:", e)

vals = [(i * 7919) % 1000 for i in range(300)]
h2 = MinHeap(vals)
print([h2.pop() for _ in range(300)] == sorted(vals))

h3 = MinHeap()
for w in ["pear", "apple", "fig", "banana", "apple"]:
    h3.push((len(w), w))
while h3:
    print(h3.pop())

def k_smallest(items, k):
    h = MinHeap(items)
    return [h.pop() for _ in range(min(k, len(h)))]

print(k_smallest([9, 4, 7, 1, 8], 3), k_smallest([2], 5))

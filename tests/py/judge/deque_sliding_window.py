class Deque:
    def __init__(self, capacity=4):
        self.buf = [None] * capacity
        self.head = 0
        self.size = 0

    def _grow(self):
        old = [self.buf[(self.head + i) % len(self.buf)] for i in range(self.size)]
        self.buf = old + [None] * len(old)
        self.head = 0

    def push_back(self, x):
        if self.size == len(self.buf):
            self._grow()
        self.buf[(self.head + self.size) % len(self.buf)] = x
        self.size += 1

    def push_front(self, x):
        if self.size == len(self.buf):
            self._grow()
        self.head = (self.head - 1) % len(self.buf)
        self.buf[self.head] = x
        self.size += 1

    def pop_back(self):
        if not self.size:
            raise IndexError("pop from an empty deque")
        self.size -= 1
        i = (self.head + self.size) % len(self.buf)
        x, self.buf[i] = self.buf[i], None
        return x

    def pop_front(self):
        if not self.size:
            raise IndexError("pop from an empty deque")
        x, self.buf[self.head] = self.buf[self.head], None
        self.head = (self.head + 1) % len(self.buf)
        self.size -= 1
        return x

    def front(self):
        return self.buf[self.head]

    def back(self):
        return self.buf[(self.head + self.size - 1) % len(self.buf)]

    def __len__(self):
        return self.size

    def __iter__(self):
        for i in range(self.size):
            yield self.buf[(self.head + i) % len(self.buf)]

d = Deque(2)
for i in range(5):
    d.push_back(i)
    d.push_front(-i)
print(list(d), len(d), len(d.buf))
print(d.pop_front(), d.pop_back(), d.front(), d.back(), list(d))
while len(d):
    d.pop_back()
try:
    d.pop_front()
except IndexError as e:
    print("IndexError:", e)

def window_max(nums, k):
    dq = Deque()
    out = []
    for i, v in enumerate(nums):
        while len(dq) and nums[dq.back()] <= v:
            dq.pop_back()
        dq.push_back(i)
        if dq.front() <= i - k:
            dq.pop_front()
        if i >= k - 1:
            out.append(nums[dq.front()])
    return out

print(window_max([1, 3, -1, -3, 5, 3, 6, 7], 3))
print(window_max([9, 8, 7, 6, 5], 2), window_max([4], 1))
nums = [(i * 37) % 23 for i in range(60)]
print(window_max(nums, 5) == [max(nums[i:i + 5]) for i in range(56)])

def palindrome(s):
    dq = Deque()
    for ch in s.lower():
        if ch.isalnum():
            dq.push_back(ch)
    while len(dq) > 1:
        if dq.pop_front() != dq.pop_back():
            return False
    return True

print(palindrome("A man, a plan, a canal: Panama"), palindrome("race a car"))

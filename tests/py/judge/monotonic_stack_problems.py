class MonoStack:
    def __init__(self, better):
        self.better = better
        self.items = []

    def push(self, index, value):
        popped = []
        while self.items and self.better(value, self.items[-1][1]):
            popped.append(self.items.pop())
        self.items.append((index, value))
        return popped

def next_greater(nums):
    res = [-1] * len(nums)
    st = MonoStack(lambda new, old: new > old)
    for i, v in enumerate(nums):
        for j, _ in st.push(i, v):
            res[j] = v
    return res

def daily_temperatures(temps):
    res = [0] * len(temps)
    st = MonoStack(lambda new, old: new > old)
    for i, t in enumerate(temps):
        for j, _ in st.push(i, t):
            res[j] = i - j
    return res

def largest_rectangle(heights):
    best = 0
    st = MonoStack(lambda new, old: new < old)
    hs = heights + [0]
    for i, h in enumerate(hs):
        popped = st.push(i, h)
        for k, (j, hj) in enumerate(popped):
            left = st.items[-2][0] if len(st.items) >= 2 else -1
            if k + 1 < len(popped):
                left = popped[k + 1][0]
            best = max(best, hj * (i - left - 1))
    return best

def largest_rectangle_simple(heights):
    best = 0
    stack = []
    for i, h in enumerate(heights + [0]):
        start = i
        while stack and stack[-1][1] >= h:
            idx, hh = stack.pop()
            best = max(best, hh * (i - idx))
            start = idx
        stack.append((start, h))
    return best

print(next_greater([2, 1, 2, 4, 3]))
print(next_greater([5, 4, 3, 2, 1]))
print(daily_temperatures([73, 74, 75, 71, 69, 72, 76, 73]))
for hs in [[2, 1, 5, 6, 2, 3], [2, 4], [1, 1, 1, 1], [6, 2, 5, 4, 5, 1, 6], []]:
    print(hs, largest_rectangle_simple(hs))

def stock_span(prices):
    spans = []
    st = MonoStack(lambda new, old: new >= old)
    for i, p in enumerate(prices):
        st.push(i, p)
        prev = st.items[-2][0] if len(st.items) >= 2 else -1
        spans.append(i - prev)
    return spans

print(stock_span([100, 80, 60, 70, 60, 75, 85]))

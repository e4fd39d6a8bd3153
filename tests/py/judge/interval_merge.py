class Interval:
    def __init__(self, start, end):
        if start > end:
            raise ValueError("bad interval %d > %d" % (start, end))
        self.start = start
        self.end = end
    def overlaps(self, other):
        return self.start <= other.end and other.start <= self.end
    def merge(self, other):
        return Interval(min(self.start, other.start), max(self.end, other.end))
    def __lt__(self, other):
        return (self.start, self.end) < (other.start, other.end)
    def __eq__(self, other):
        return (self.start, self.end) == (other.start, other.end)
    def __len__(self):
        return self.end - self.start
    def __repr__(self):
        return "[%d, %d]" % (self.start, self.end)

def merge_all(intervals):
    out = []
    for iv in sorted(intervals):
        if out and out[-1].overlaps(iv):
            out[-1] = out[-1].merge(iv)
        else:
            out.append(iv)
    return out

def make(pairs):
    return [Interval(a, b) for a, b in pairs]

print(merge_all(make([(1, 3), (2, 6), (8, 10), (15, 18)])))
print(merge_all(make([(1, 4), (4, 5)])))
print(merge_all(make([(5, 7), (1, 2), (2, 3), (6, 9), (0, 0)])))
print(merge_all([]))
merged = merge_all(make([(1, 10), (2, 3), (4, 8), (12, 15), (14, 20)]))
print(merged, "covered", sum(len(iv) for iv in merged))

def insert(intervals, new):
    return merge_all(intervals + [new])

print(insert(make([(1, 2), (3, 5), (6, 7), (8, 10), (12, 16)]), Interval(4, 8)))

def max_overlap(intervals):
    events = []
    for iv in intervals:
        events.append((iv.start, 1))
        events.append((iv.end, -1))
    best = cur = 0
    for _, delta in sorted(events):
        cur += delta
        best = max(best, cur)
    return best

print(max_overlap(make([(1, 5), (2, 6), (4, 8), (7, 9), (5, 7)])))
print(Interval(1, 2) == Interval(1, 2), Interval(1, 2) in make([(0, 1), (1, 2)]))
try:
    Interval(5, 1)
except ValueError as e:
    print("ValueError:", e)

def merge(intervals):
    out = []
    for start, end in sorted(intervals):
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return out

cases = [
    [(1, 3), (2, 6), (8, 10), (15, 18)],
    [(1, 4), (4, 5)],
    [(5, 7), (1, 2), (2, 3), (6, 9), (0, 0)],
    [],
    [(1, 10), (2, 3), (4, 5)],
]
for c in cases:
    print(c, "->", merge(c))

def free_slots(busy, day_start, day_end):
    slots = []
    cur = day_start
    for s, e in merge(busy):
        if s > cur:
            slots.append((cur, s))
        cur = max(cur, e)
    if cur < day_end:
        slots.append((cur, day_end))
    return slots

def hhmm(minutes):
    return f"{minutes // 60:02d}:{minutes % 60:02d}"

busy = [(540, 600), (570, 630), (720, 780), (900, 960), (955, 1000)]
for s, e in free_slots(busy, 480, 1080):
    print(f"free {hhmm(s)}-{hhmm(e)} ({e - s} min)")

def max_overlap(intervals):
    events = []
    for s, e in intervals:
        events.append((s, 1))
        events.append((e, -1))
    events.sort()
    cur = best = 0
    when = None
    for t, delta in events:
        cur += delta
        if cur > best:
            best, when = cur, t
    return best, when

print(max_overlap([(1, 5), (2, 6), (4, 8), (7, 9), (5, 7)]))
print(max_overlap(busy))

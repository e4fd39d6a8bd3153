seed = 42
def rand():
    global seed
    seed = (1664525 * seed + 1013904223) % 2**32
    return seed / 2**32
tellers = [0.0, 0.0, 0.0]
t = 0.0
waits = []
log = []
for cust in range(1, 41):
    t += -5.0 * (1 - rand()) if False else 1 + rand() * 4
    service = 3 + rand() * 9
    i = min(range(len(tellers)), key=lambda k: (tellers[k], k))
    start = max(t, tellers[i])
    waits.append(start - t)
    tellers[i] = start + service
    if cust <= 8 or cust % 10 == 0:
        log.append(f"#{cust:02d} arrive {t:6.2f} teller {i} start {start:6.2f} wait {start - t:5.2f} done {tellers[i]:6.2f}")
print("\n".join(log))
print(f"avg wait {sum(waits) / len(waits):.3f}, max {max(waits):.3f}, zero-wait {sum(1 for w in waits if w == 0)}/{len(waits)}")
buckets = {}
for w in waits:
    b = int(w // 2) * 2
    buckets[b] = buckets.get(b, 0) + 1
for b in sorted(buckets):
    print(f"{b:>2}-{b + 2:<2} {'*' * buckets[b]}")

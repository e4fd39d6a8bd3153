seed = 2024
def rnd(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % (2 ** 64)
    return (seed >> 33) % n

tellers = [0, 0, 0]
waits = []
queue = []
served = {0: 0, 1: 0, 2: 0}
clock = 0
customer = 0
log_lines = []
while clock < 200:
    if rnd(10) < 4:
        customer += 1
        queue.append((customer, clock, 1 + rnd(12)))
    for t in range(len(tellers)):
        if tellers[t] > 0:
            tellers[t] -= 1
        if tellers[t] == 0 and queue:
            cid, arrived, service = queue.pop(0)
            waits.append(clock - arrived)
            tellers[t] = service
            served[t] += 1
            if len(log_lines) < 8:
                log_lines.append(f"t={clock:3d} teller {t} takes #{cid} (waited {clock - arrived}, needs {service})")
    clock += 1
print("\n".join(log_lines))
print("arrived:", customer, "served:", sum(served.values()), "still queued:", len(queue))
print("per teller:", served)
print(f"avg wait: {sum(waits) / len(waits):.3f} max wait: {max(waits)}")
hist = {}
for w in waits:
    bucket = w // 5 * 5
    hist[bucket] = hist.get(bucket, 0) + 1
for b in sorted(hist):
    print(f"{b:3d}-{b + 4:<3d} {hist[b]:3d} {'=' * hist[b]}")

# break/continue interacting with finally
log = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        log.append("body%d" % i)
    finally:
        log.append("fin%d" % i)
print(log)
def swallow():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "exception discarded by break"
print(swallow())
def cont():
    out = []
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            out.append(i)
            continue
    return out
print(cont())
n = 0
while n < 5:
    n += 1
    try:
        if n % 2:
            continue
        print("even", n)
    finally:
        print("finally", n)
def nested_loops():
    res = []
    for a in range(2):
        for b in range(3):
            try:
                if b == 1:
                    break
                res.append((a, b))
            finally:
                res.append("f")
    return res
print(nested_loops())

# args: --max-memory 16M
# status: ok
# stdout: done\n
# Abandoned generators (and their frames) are collected.
def holder(n):
    data = list(range(100))
    yield n
    yield data

for i in range(100000):
    g = holder(i)
    next(g)
print("done")

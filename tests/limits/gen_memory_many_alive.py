# args: --max-memory 16M
# status: memory_limit
# Suspended generators keep their frames: many of them exhaust the budget.
def holder(n):
    data = [n] * 5000
    yield n
    yield data

alive = []
while True:
    g = holder(len(alive))
    next(g)
    alive.append(g)

# args: --max-memory 16M
# status: memory_limit
d = {}
i = 0
while True:
    d[i] = str(i) * 10
    i += 1

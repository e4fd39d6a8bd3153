# args: --max-memory 16M
# status: memory_limit
def growing():
    big = []
    while True:
        big.append([0] * 1000)
        yield len(big)

for n in growing():
    pass

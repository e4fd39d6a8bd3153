# status: depth_limit
def down(n):
    yield from down(n + 1)
    yield n

list(down(0))

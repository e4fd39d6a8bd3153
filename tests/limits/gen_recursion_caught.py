# status: ok
# stdout: caught\n
def down(n):
    yield n
    yield from down(n + 1)

try:
    for x in down(0):
        pass
except RecursionError:
    print("caught")

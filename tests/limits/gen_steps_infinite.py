# args: --max-steps 100000
# status: step_limit
def naturals():
    n = 0
    while True:
        yield n
        n += 1

for n in naturals():
    pass

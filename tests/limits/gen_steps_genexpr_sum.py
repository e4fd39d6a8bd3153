# args: --max-steps 100000
# status: step_limit
# A generator resumed from C (sum) in a nested loop: the budget still holds.
def naturals():
    n = 0
    while True:
        yield n
        n += 1

print(sum(x * 2 for x in naturals()))

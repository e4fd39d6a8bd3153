# args: --max-steps 100000 --max-memory 512M
# status: step_limit
s = "ab" * 1000
for i in range(10**6):
    t = "".join([s] * 1000)

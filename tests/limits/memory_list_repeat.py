# args: --max-memory 64M
# status: memory_limit
try:
    x = [0] * 10**10
except BaseException:
    print("caught")

# args: --max-memory 64M
# status: memory_limit
try:
    s = "a" * 10**10
except MemoryError:
    print("caught")

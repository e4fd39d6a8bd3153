# args: --max-memory 64M
# status: memory_limit
x = 2 ** 10 ** 10

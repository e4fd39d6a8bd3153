# args: --max-memory 16M
# status: ok
# stdout: 30000000\n
# Likewise for a builtin calling a Python function many times.
print(sum(map(lambda i: len([i] * 100), range(300000))))

# args: --max-memory 16M
# status: ok
# stdout: 30000000\n
# A builtin resuming a generator many times does not keep the garbage of each resume.
print(sum(len([i] * 100) for i in range(300000)))

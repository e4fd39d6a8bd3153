# args: --max-steps 100000
# status: step_limit
# Builtins that loop in C pay for their work.
print(sum(range(10**12)))

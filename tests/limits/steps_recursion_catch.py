# args: --max-steps 300000
# status: step_limit
def f():
    try:
        f()
    except RecursionError:
        f()
f()

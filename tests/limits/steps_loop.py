# args: --max-steps 100000
# status: step_limit
while True:
    pass

# args: --timeout 0.3 --max-steps 100000000000
# status: timeout
while True:
    pass

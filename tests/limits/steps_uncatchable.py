# args: --max-steps 100000
# status: step_limit
# A budget error cannot be caught, not even by except BaseException or finally.
try:
    while True:
        pass
except BaseException:
    print("caught")
    while True:
        pass
finally:
    print("finally")
    while True:
        pass

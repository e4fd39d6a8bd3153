# args: --max-steps 100000
# status: step_limit
# stdout: start\n
# A generator that catches everything cannot catch the step limit.
def stubborn():
    while True:
        try:
            while True:
                pass
        except BaseException:
            print("caught")
            yield 1
        finally:
            print("finally")

print("start")
for x in stubborn():
    print(x)

# finally runs before an uncaught exception terminates the program
def work():
    try:
        print("working")
        raise KeyError("missing-key")
    finally:
        print("cleanup in finally")
work()

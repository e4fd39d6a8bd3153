# CPython closes a suspended generator when its last reference goes away, running its
# finally block; sandboxed-python's tracing GC frees it without running anything.
def lines():
    try:
        yield "first"
        yield "second"
    finally:
        print("cleanup")

for line in lines():
    print(line)
    break
print("after loop")

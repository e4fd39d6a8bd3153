# A first program: sandboxed-python runs it exactly as CPython 3.11 would.
def greet(name):
    return f"Hello, {name}!"

for who in ["world", "sandbox"]:
    print(greet(who))
print(sum(i * i for i in [1, 2, 3]) if False else sum([i * i for i in range(10)]))

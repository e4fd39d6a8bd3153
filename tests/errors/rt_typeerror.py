def combine(a, b):
    return a + b

def run():
    return combine(1, "two")

run()

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("trying to yield again")
        yield 2

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def raises_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("from close handler")

r = raises_other()
next(r)
try:
    r.close()
except ValueError as e:
    print("ValueError:", e)

def exhausted():
    yield 1

x = exhausted()
for _ in x:
    pass
x.close()
print("close on exhausted ok")

def generator_exit_is_base():
    try:
        yield 1
    except Exception:
        print("Exception handler does not catch GeneratorExit")
    finally:
        print("finally runs")

g = generator_exit_is_base()
next(g)
g.close()
print("end")

# status: ok
# stdout: RecursionError 1\nRecursionError 2\n
# Calls that go through another callable without end (an instance that is its own
# class's __call__, staticmethods wrapped 100000 deep) are bounded C recursion: a
# RecursionError, never a crash.
class A:
    pass


a = A()
A.__call__ = a
try:
    a()
except RecursionError:
    print("RecursionError 1")
f = len
for i in range(100000):
    f = staticmethod(f)
try:
    f([1])
except RecursionError:
    print("RecursionError 2")

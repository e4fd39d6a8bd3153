# finally overriding returns and exceptions
def f1():
    try:
        return "try"
    finally:
        return "finally"
print(f1())
def f2():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(f2())
def f3():
    x = "initial"
    try:
        return x
    finally:
        x = "modified"
print(f3())
def f4():
    lst = []
    try:
        return lst
    finally:
        lst.append("mutated")
print(f4())
def f5():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return "loop end"
print(f5())
def f6():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(f6())
def f7():
    try:
        1 / 0
    except ZeroDivisionError:
        return "except"
    finally:
        return "finally wins"
print(f7())
def f8(n):
    try:
        if n:
            return "early"
    finally:
        print("cleanup", n)
    return "late"
print(f8(1), f8(0))

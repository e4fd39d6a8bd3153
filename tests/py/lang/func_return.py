# return statement behaviour
def none1():
    pass
def none2():
    return
def none3():
    return None
print(none1(), none2(), none3())
def multiple():
    return 1, "two", [3]
print(multiple())
a, b, c = multiple()
print(a, b, c)
def early(n):
    for i in range(10):
        if i == n:
            return "found " + str(i)
    return "not found"
print(early(3), early(42))
def nested_return(x):
    if x > 0:
        if x > 10:
            return "big"
        return "small"
    return "nonpositive"
print(nested_return(50), nested_return(5), nested_return(-1))
def in_while():
    n = 0
    while True:
        n += 1
        if n == 5:
            return n
print(in_while())
def star_return():
    rest = [2, 3]
    return 1, *rest
print(star_return())
def returns_function():
    def inner():
        return "inner result"
    return inner
print(returns_function()())
def conditional_return(flag):
    return "yes" if flag else "no"
print(conditional_return(1), conditional_return(0))
def return_in_try():
    try:
        return "try"
    except Exception:
        return "except"
print(return_in_try())

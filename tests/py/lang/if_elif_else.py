# if / elif / else
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for v in (-5, 0, 3, 42, 1000):
    print(v, classify(v))
x = 5
if x > 3: print("one-line if")
if x > 10:
    print("no")
if x < 10:
    pass
else:
    print("unreachable")
if x == 5:
    if x % 2:
        print("odd five")
    else:
        print("even five")
if []:
    print("empty list truthy?")
elif {}:
    print("empty dict truthy?")
elif 0.0:
    print("zero float truthy?")
else:
    print("all falsy")
if x: print("a"); print("b")
y = 0
if y:
    print("y")
elif not y:
    print("not y")
def fizz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    elif n % 5 == 0:
        return "Buzz"
    elif n % 3 == 0:
        return "Fizz"
    return str(n)
print(" ".join([fizz(i) for i in range(1, 16)]))

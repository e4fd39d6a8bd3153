# NameError messages
try:
    undefined
except NameError as e:
    print("NameError:", e)
    print(e.args)
def f():
    return not_defined_anywhere
try:
    f()
except NameError as e:
    print("NameError:", e)
try:
    print(len(missing_var))
except NameError as e:
    print("NameError:", e)
try:
    del never_bound
except NameError as e:
    print("NameError:", e)
try:
    Print("typo")
except NameError as e:
    print("NameError:", e)
x = 1
del x
try:
    x
except NameError as e:
    print("NameError:", e)
try:
    [i for i in range(2) if j]
except NameError as e:
    print("NameError:", e)
try:
    lambda_fn = lambda: q_missing
    lambda_fn()
except NameError as e:
    print("NameError:", e)
print(issubclass(NameError, Exception))

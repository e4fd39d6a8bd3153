# loop variables persist after the loop
for i in range(5):
    pass
print(i)
for a, b in [(1, 2), (3, 4)]:
    pass
print(a, b)
j = "unchanged"
for j in []:
    pass
print(j)
def f():
    for k in range(3):
        pass
    return k
print(f())
n = 0
while n < 3:
    m = n * 10
    n += 1
print(n, m)
try:
    raise ValueError("v")
except ValueError as err:
    saved = err
print(type(saved).__name__)
try:
    print(err)
except NameError as e:
    print("NameError:", e)
if True:
    inside_if = "visible"
print(inside_if)

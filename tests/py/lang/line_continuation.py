# explicit line joining with backslash
total = 1 + \
    2 + \
    3
print(total)
if total > 5 and \
   total < 10:
    print("in range")
x = [1,
2,
     3]
print(x)
def f(a,
      b,
          c):
    return a + b + c
print(f(1,
2, 3))
s = 'abc' \
    'def'
print(s)
y = \
7
print(y)
d = {
    'a': 1,
    'b': 2,   # comment inside
}
print(d)
z = (1 +
     2
     *
     3)
print(z)
assert True, \
    "never"
print(f(
    10,
    20,
    30,
))

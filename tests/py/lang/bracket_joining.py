# implicit line joining inside brackets
a = [
    1, 2,
    3,
]
print(a)
b = (
    "x",
)
print(b)
c = {
    1:
        'one',
    2: 'two'
}
print(c)
def g(
    x,
    y=2,
):
    return (x
            +
            y)
print(g(
    1
))
print(g(1,
y=10))
n = sum([
1,
2,
])
print(n)
m = [x
     for x in range(5)
     if x % 2]
print(m)
s = {
  3,
      1,
   2}
print(s)
print((1,
   2)[
 1])

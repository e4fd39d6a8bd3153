total = 0
for i in range(1, 101):
    if i % 15 == 0:
        continue
    total += i
print(total)
for i in range(10, 0, -3):
    print(i, end=" ")
print()
for i in range(-5, 6, 5):
    print(i, end=" ")
print()
for i in range(0):
    print("never")
print([i for i in range(3, -4, -2)], list(range(-1, -10, -4)))
r = range(-10, 10, 3)
print(len(r), r[0], r[-1], r[3], list(r[::-2]), -10 in r, -9 in r, 8 in r, 9 in r)
big = range(0, 10 ** 18, 7)
print(len(big), big[-1], big[10 ** 15], 7 * 10 ** 15 in big, 7 * 10 ** 15 + 1 in big, big.index(700))
print(list(range(5))[::-1] == list(reversed(range(5))), range(5)[-1], range(5)[-5])
print(range(0, 10, 2)[1:4], range(10)[::-1][2:5], range(1, 2)[5:])
print(sum(range(0, 1000, 7)), max(range(-3, 3)), min(range(5, 100, 9)))
print(list(range(2, 20, 4)) == [2, 6, 10, 14, 18], list(range(True, 3)))
n = 5
for i in range(n):
    n -= 1
print(n, i)
fizz = []
for i in range(1, 16):
    fizz.append("FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else str(i))
print(" ".join(fizz))
nested = 0
for i in range(4):
    for j in range(i, 4):
        for k in range(j, 4):
            nested += 1
print(nested)
try:
    range(5)[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(3).index(3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1, 5, 0.5)
except TypeError as e:
    print(type(e).__name__, e)

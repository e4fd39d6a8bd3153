# while loops with else
n = 0
while n < 3:
    print("n =", n)
    n += 1
else:
    print("while-else ran, n =", n)
n = 0
while n < 10:
    if n == 2:
        print("breaking at", n)
        break
    n += 1
else:
    print("not printed")
while False:
    print("never")
else:
    print("else of empty while")
i = 0
while True:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)
def find(lst, target):
    i = 0
    while i < len(lst):
        if lst[i] == target:
            return i
        i += 1
    else:
        return -1
print(find([4, 5, 6], 6), find([4, 5, 6], 7))
a, b = 0, 1
while b < 100:
    a, b = b, a + b
print(a, b)
count = 3
while count:
    count -= 1
    if count == 1:
        continue
    print("count", count)
else:
    print("done counting")

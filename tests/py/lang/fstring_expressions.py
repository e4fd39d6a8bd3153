# arbitrary expressions inside f-strings
def sq(n):
    return n * n
xs = [3, 1, 2]
print(f"{sq(4)}")
print(f"{sorted(xs)}")
print(f"{(lambda a: a * 2)(21)}")
print(f"{[i * i for i in range(4)]}")
print(f"{'yes' if xs else 'no'}")
print(f"{xs[0] if len(xs) > 5 else -1}")
print(f"{(y := 7) + 1} {y}")
print(f"{1 < 2 < 3}")
print(f"{not True}")
print(f"{2 ** 10}")
print(f"{-1 if 0 else +1}")
print(f"{f'{1 + 1}'}")
print(f"{f'{3}'}")
print(f"{'-'.join(['a', 'b'])}")
print(f"{xs!r:>15}")
print(f"{max(xs, key=lambda v: -v)}")
print(f"{ 1 + 2 }")
a, b = 3, 4
print(f"{a}{b}", f"{a}-{b}", f"{(a, b)}")
print(f"{a:{b}}")
print(f"{'%d' % 5}")

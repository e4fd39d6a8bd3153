items = {"apple": 3, "banana": 12, "kiwi": 0}
nums = [4, 8, 15, 16, 23, 42]
def square(x):
    return x * x
print(f"{len(items)} items, total {sum(items.values())}, max {max(items, key=items.get)}")
print(f"{nums[1:4]} {nums[-1]} {nums[::2]} {[n % 5 for n in nums]}")
print(f"{square(12)} {square(1.5):.3f} {square(-3):+d} {abs(-7)}")
print(f"{'even' if nums[0] % 2 == 0 else 'odd'} {'yes' if 'kiwi' in items else 'no'}")
print(f"{', '.join(f'{k}={v}' for k, v in items.items())}")
print(f"{f'{3.14159:.2f}':>10}|{f'{nums[0]}':*<5}|")
print(f"{items['apple'] * 2} {items.get('pear', 'none')} {list(items)[1].upper()}")
print(f"{1 if True else 2}{3}{'x' * 3}{-1 ** 2}{(-1) ** 2}")
print(f"{nums!r} {'q'!r:>5} {3.0!s:<6}| {'ü'!a}")
x, y = 3, 4
print(f"{x}+{y}={x + y}, {x}*{y}={x * y}, {x}/{y}={x / y:.2f}, {x}**{y}={x ** y}")
print(f"{x:>{y}} {x:<{y}}| {x:0{y}d} {x:{y}.{y - 2}f}")
print(f"{'{'}{'}'} {{x}} {{{x}}} {{{{x}}}}")
print(f"{(lambda a, b: a * b)(6, 7)} {[i for i in range(3)]} {dict(a=1)} { {1, 2} } {(1, 2)}")
print(f"{x == 3 and y == 4} {not x} {x < y < 10} {x if x > y else y}")
print(f"{nums[x]:05.1f} {nums[y] / 3:.4g} {sum(nums) // len(nums)} {sum(nums) / len(nums):.3}")
name = "Ada"
print(f"{name:s} {name!r:^9} {name[0]}{name[-1]} {name * 2} {len(name):03}")
s = "mid"
print(f"{s:^{len(s) + 4}}|{s:*^{2 * len(s)}}|")
print(f"{3 * 'ab'!r}", f"{[1, 2]!s:>10}", f"{x!r}{y!s}")
print(f"{x=:>5} {nums[0]=} {s.upper()=}")

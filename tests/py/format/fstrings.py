name, n, pi = "World", 42, 3.14159
print(f"Hello, {name}!")
print(f"{n} {n + 1} {n * 2} {n // 5} {-n}")
print(f"{pi:.2f} {pi:10.4f} {pi:<10.1f}| {pi:e} {pi:g}")
print(f"{n:5d}|{n:<5d}|{n:^5d}|{n:05d}|{n:+d}|{n:x}|{n:#b}")
print(f"{name!r} {name!s} {name:>10} {name:*^11} {name.upper()} {name[::-1]}")
print(f"{'nested quotes'} {len(name)} {[1, 2][0]} { {'a': 1}['a'] }")
print(f"{{}} {{literal}} {n}{{")
w, p = 10, 3
print(f"{pi:{w}.{p}f}|{name:>{w}}|{n:0{p}d}")
items = [("apple", 1.5, 3), ("banana", 0.25, 12), ("cherry", 10.0, 1)]
for item, price, qty in items:
    print(f"{item:<10}{price:>8.2f}{qty:>5}{price * qty:>10.2f}")
print(f"{1 + 2 = }", f"{1 + 2}")
x = 5
print(f"{x=}", f"{x = }", f"{x*2=}", f"{name=!r}", f"{pi=:.2f}")
print(f"{'a' if x > 3 else 'b'}", f"{(lambda v: v * 2)(4)}", f"{x:{'>'}{5}}")
print(f"{3.0}", f"{1e20}", f"{None}", f"{True}", f"{[1, 'a']}", f"{(1,)}", f"{ {1: 2} }")
print(f"multi {x} " f"part {n}" " plain")
print(f"{x!r:>5}|{'s'!r:^5}|")
print(f"{1_000_000:,}", f"{1234.5:_.1f}", f"{0.25:.0%}", f"{-0.0:.1f}", f"{255:#06x}")
d = {"key": "val"}
print(f"{d['key']}", f"{d}", f"{len(d)}")
print(f"{'tab':-^9}")
print(f"""{x}
{n}""")

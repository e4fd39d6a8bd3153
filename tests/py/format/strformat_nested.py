data = {"user": {"name": "ann", "tags": ["x", "y"]}, "n": [10, 20, 30]}
print("{0[user][name]} {0[user][tags][1]} {0[n][2]}".format(data))
print("{d[n][0]:>5}|{d[user][name]:^7}|".format(d=data))
print("{0:{1}{2}{3}}".format(3.14159, "<", 10, ".2f") + "|")
print("{:{}^{}}".format("mid", "*", 9))
print("{:>{}}".format("x", 3), "{:.{}f}".format(2.71828, 3), "{:{}.{}}".format("abcdef", 6, 2) + "|")
print("{0}-{0!r}-{0!s:>4}".format("z"))
print("{}{}{}".format(*range(3)), "{a}{b}".format(**{"a": 1, "b": 2}))
print("{0[0]}{0[1]}{1[0]}".format("ab", ["c"]))
args = ["left", "right"]
print("{0:<8}|{1:>8}|".format(*args))
print("{:<{width}}|{:>{width}}|".format(*args, width=6))
print("{0[-1]}".format({"-1": "string key"}))
try:
    print("{0[-1]}".format({-1: "neg key"}))
except KeyError as e:
    print(type(e).__name__, e)
print("{}".format("{}"), "{{{}}}".format(5), "{{{0}}}{{{0}}}".format("r"))
fmt = "{:" + str(5) + "d}"
print(fmt.format(7), fmt.format(12345), fmt.format(-1))
print("{:5%}".format(0.5), "{:>8.1%}|".format(0.123))
for w in range(1, 6):
    print("{:>{}}".format("*" * w, 5), "{:^{}}".format("*" * (2 * w - 1), 9))
try:
    "{:{}}".format("x")
except IndexError as e:
    print(type(e).__name__, e)
try:
    "{0:{1}}".format("x", "zz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "{0[1]".format([1, 2])
except ValueError as e:
    print(type(e).__name__, e)

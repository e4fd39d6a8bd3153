class Big:
    def __init__(self, value):
        if isinstance(value, str):
            value = int(value)
        self.v = value

    def __add__(self, o):
        return Big(self.v + (o.v if isinstance(o, Big) else o))

    def __mul__(self, o):
        return Big(self.v * (o.v if isinstance(o, Big) else o))

    def __mod__(self, m):
        return Big(self.v % m)

    def __pow__(self, e, mod=None):
        return Big(pow(self.v, e, mod) if mod else self.v ** e)

    def __eq__(self, o):
        return self.v == (o.v if isinstance(o, Big) else o)

    def __lt__(self, o):
        return self.v < (o.v if isinstance(o, Big) else o)

    def digits(self):
        return len(str(abs(self.v)))

    def digit_sum(self):
        return sum(int(d) for d in str(abs(self.v)))

    def __str__(self):
        s = str(self.v)
        if len(s) <= 30:
            return s
        return "%s...%s (%d digits)" % (s[:10], s[-10:], len(s))

def factorial(n):
    r = Big(1)
    for i in range(2, n + 1):
        r = r * i
    return r

f100 = factorial(100)
print(f100)
print(f100.digits(), f100.digit_sum())
print(Big(2) ** 256)
print(Big(2) ** 64, pow(Big(3), 200, 1000007).v)
print(Big("123456789012345678901234567890") * Big("987654321098765432109876543210"))
a = Big(10) ** 40 + 1
print(a, a.digits(), a == 10 ** 40 + 1, a < Big(10) ** 41)

def fib_big(n):
    x, y = Big(0), Big(1)
    for _ in range(n):
        x, y = y, x + y
    return x

print(fib_big(300))
print(fib_big(300).digit_sum())
print(sorted([Big(5), Big(-3), Big(10 ** 20)], key=lambda b: b.v)[0].v)
print(max([Big(3) ** 100, Big(2) ** 160, Big(5) ** 68]).digits())
n = (Big(7) ** 77) % (10 ** 12)
print(n, str(-(7 ** 77))[:12])

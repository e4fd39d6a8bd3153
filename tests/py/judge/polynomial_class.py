class Poly:
    def __init__(self, coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = c or [0]

    @property
    def degree(self):
        return len(self.c) - 1

    def __add__(self, o):
        if isinstance(o, int):
            o = Poly([o])
        n = max(len(self.c), len(o.c))
        return Poly([(self.c[i] if i < len(self.c) else 0) + (o.c[i] if i < len(o.c) else 0) for i in range(n)])
    __radd__ = __add__

    def __neg__(self):
        return Poly([-x for x in self.c])

    def __sub__(self, o):
        return self + (-o)

    def __mul__(self, o):
        if isinstance(o, int):
            return Poly([x * o for x in self.c])
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Poly(out)
    __rmul__ = __mul__

    def __pow__(self, n):
        result = Poly([1])
        for _ in range(n):
            result = result * self
        return result

    def __call__(self, x):
        acc = 0
        for coef in reversed(self.c):
            acc = acc * x + coef
        return acc

    def __eq__(self, o):
        return isinstance(o, Poly) and self.c == o.c

    def derivative(self):
        return Poly([i * self.c[i] for i in range(1, len(self.c))])

    def __repr__(self):
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0:
                continue
            sign = "-" if a < 0 else "+"
            a = abs(a)
            coef = "" if a == 1 and i > 0 else str(a)
            var = "" if i == 0 else ("x" if i == 1 else "x^%d" % i)
            terms.append((sign, coef + var))
        if not terms:
            return "0"
        s = ("-" if terms[0][0] == "-" else "") + terms[0][1]
        for sign, t in terms[1:]:
            s += " %s %s" % (sign, t)
        return s

x = Poly([0, 1])
p = x * x - 3 * x + 2
print(p, "| degree", p.degree, "| p(1), p(2), p(5) =", p(1), p(2), p(5))
print((x + 1) ** 5)
print(((x + 1) ** 5).derivative())
print(p * (x - 4), p - p, Poly([0, 0, 0]).degree)
print(-(x ** 3) + 1, -x ** 3 + 1 == 1 + -(x ** 3))
print(p == x * x - 3 * x + 2, p == 2, (x - 1) * (x - 2) == p)
print([p(v) for v in range(-2, 5)])
q = 2 + x
print(q, 3 * q, q * q, q(10))

def newton(poly, guess, steps):
    d = poly.derivative()
    for _ in range(steps):
        guess = guess - poly(guess) / d(guess)
    return guess

print(round(newton(x * x - 2, 1.0, 6), 12))
print(round(newton(x ** 3 - 2 * x - 5, 2.0, 8), 10))

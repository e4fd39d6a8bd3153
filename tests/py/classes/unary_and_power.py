class Poly:
    """Polynomial with integer coefficients, lowest degree first."""

    def __init__(self, coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = c

    def __call__(self, x):
        result = 0
        for coef in reversed(self.c):
            result = result * x + coef
        return result

    def __add__(self, other):
        if isinstance(other, int):
            other = Poly([other])
        n = max(len(self.c), len(other.c))
        a = self.c + [0] * (n - len(self.c))
        b = other.c + [0] * (n - len(other.c))
        return Poly([x + y for x, y in zip(a, b)])

    __radd__ = __add__

    def __neg__(self):
        return Poly([-x for x in self.c])

    def __pos__(self):
        return self

    def __sub__(self, other):
        return self + (-other)

    def __mul__(self, other):
        if isinstance(other, int):
            return Poly([x * other for x in self.c])
        out = [0] * (len(self.c) + len(other.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(other.c):
                out[i + j] += a * b
        return Poly(out)

    __rmul__ = __mul__

    def __pow__(self, n, mod=None):
        result = Poly([1])
        for _ in range(n):
            result = result * self
        if mod is not None:
            result = Poly([x % mod for x in result.c])
        return result

    def __abs__(self):
        return Poly([abs(x) for x in self.c])

    def __invert__(self):
        return Poly(list(reversed(self.c)))

    def __len__(self):
        return len(self.c)

    def __eq__(self, other):
        return isinstance(other, Poly) and self.c == other.c

    def __str__(self):
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0 and len(self.c) > 1:
                continue
            if i == 0:
                terms.append(str(a))
            elif i == 1:
                terms.append(f"{a}x")
            else:
                terms.append(f"{a}x^{i}")
        return " + ".join(terms).replace("+ -", "- ")


x = Poly([0, 1])
p = x * x + 2 * x + 1
print(p, "|", p(3), p(-1))
print(x + 1, 1 + x, x - 1, 5 * x)
print((x + 1) ** 3)
print(pow(x + 1, 4))
print(pow(x + 1, 4, 3))
print(-p, +p is p, abs(-p))
print(~Poly([1, 2, 3]), len(p))
print((x - 1) * (x + 1) == x ** 2 - 1)
print([(x ** 2 - 2)(v) for v in range(-2, 3)])
print(Poly([0, 0, 0]), Poly([7]))
q = p
q -= x
print(q, p)
try:
    p @ p
except TypeError as e:
    print("TypeError:", e)
try:
    p < p
except TypeError as e:
    print("TypeError:", e)
try:
    p / 2
except TypeError as e:
    print("TypeError:", e)

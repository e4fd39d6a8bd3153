# recursive functions
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(15)])
print(fib(20))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(0), fact(5), fact(25))
print(fact(100))
def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + r for r in rest]
print(power_set([1, 2, 3]))
def permutations(s):
    if len(s) <= 1:
        return [s]
    out = []
    for i in range(len(s)):
        for p in permutations(s[:i] + s[i + 1:]):
            out.append(s[i] + p)
    return out
print(permutations("abc"))
def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append(a + c)
        hanoi(n - 1, b, a, c, moves)
    return moves
print(hanoi(3, "A", "B", "C", []))
def flatten(x):
    if not isinstance(x, list):
        return [x]
    r = []
    for e in x:
        r += flatten(e)
    return r
print(flatten([1, [2, [3, [4, [5]]]], 6]))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462), gcd(2**100, 6**50))

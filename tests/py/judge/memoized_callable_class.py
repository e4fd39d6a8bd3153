class Memo:
    def __init__(self, func):
        self.func = func
        self.cache = {}
        self.hits = 0
        self.__name__ = func.__name__

    def __call__(self, *args):
        if args in self.cache:
            self.hits += 1
            return self.cache[args]
        value = self.func(*args)
        self.cache[args] = value
        return value

    def info(self):
        return "%s: %d cached, %d hits" % (self.__name__, len(self.cache), self.hits)

@Memo
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)

@Memo
def partitions(n, largest):
    if n == 0:
        return 1
    if n < 0 or largest == 0:
        return 0
    return partitions(n - largest, largest) + partitions(n, largest - 1)

@Memo
def coin_ways(amount, i):
    coins = (1, 2, 5, 10, 20, 50, 100, 200)
    if amount == 0:
        return 1
    if amount < 0 or i == len(coins):
        return 0
    return coin_ways(amount - coins[i], i) + coin_ways(amount, i + 1)

print(grid_paths(16, 16), grid_paths.info())
print(partitions(40, 40), partitions.info())
print(coin_ways(100, 0), coin_ways.info())
print(type(grid_paths).__name__, callable(grid_paths), grid_paths.__name__)

class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self, step=1):
        self.n += step
        return self.n

c = Counter()
print(c(), c(), c(10), list(map(lambda _: c(), range(3))))

@Memo
def collatz_len(n):
    if n == 1:
        return 1
    return 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)

best = max(range(1, 300), key=collatz_len)
print(best, collatz_len(best), collatz_len.hits > 0)

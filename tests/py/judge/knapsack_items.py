class Item:
    def __init__(self, name, weight, value):
        self.name = name
        self.weight = weight
        self.value = value
    def ratio(self):
        return self.value / self.weight
    def __repr__(self):
        return "%s(w=%d,v=%d)" % (self.name, self.weight, self.value)

class Knapsack:
    def __init__(self, capacity):
        self.capacity = capacity

    def solve01(self, items):
        cap = self.capacity
        best = [[0] * (cap + 1) for _ in range(len(items) + 1)]
        for i, it in enumerate(items, 1):
            for w in range(cap + 1):
                best[i][w] = best[i - 1][w]
                if it.weight <= w:
                    cand = best[i - 1][w - it.weight] + it.value
                    if cand > best[i][w]:
                        best[i][w] = cand
        chosen = []
        w = cap
        for i in range(len(items), 0, -1):
            if best[i][w] != best[i - 1][w]:
                chosen.append(items[i - 1])
                w -= items[i - 1].weight
        return best[-1][cap], chosen[::-1]

    def solve_unbounded(self, items):
        best = [0] * (self.capacity + 1)
        for w in range(1, self.capacity + 1):
            for it in items:
                if it.weight <= w:
                    best[w] = max(best[w], best[w - it.weight] + it.value)
        return best[self.capacity]

    def greedy_fractional(self, items):
        total = 0.0
        room = self.capacity
        for it in sorted(items, key=lambda i: -i.ratio()):
            take = min(room, it.weight)
            total += take * it.ratio()
            room -= take
            if room == 0:
                break
        return round(total, 4)

items = [Item("map", 9, 150), Item("compass", 13, 35), Item("water", 153, 200),
         Item("sandwich", 50, 160), Item("glucose", 15, 60), Item("tin", 68, 45),
         Item("banana", 27, 60), Item("apple", 39, 40), Item("cheese", 23, 30)]
ks = Knapsack(200)
value, chosen = ks.solve01(items)
print(value, chosen, sum(i.weight for i in chosen))
print(Knapsack(0).solve01(items))
print(Knapsack(10).solve_unbounded([Item("a", 3, 5), Item("b", 4, 7), Item("c", 7, 12)]))
print(ks.greedy_fractional(items))
coins = [Item(str(c), c, 1) for c in (1, 5, 10, 25)]

def min_coins(amount, coins):
    INF = amount + 1
    dp = [0] + [INF] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c.weight <= a and dp[a - c.weight] + 1 < dp[a]:
                dp[a] = dp[a - c.weight] + 1
    return dp[amount] if dp[amount] < INF else -1

print([min_coins(a, coins) for a in (0, 1, 6, 30, 99, 100)])
print(min_coins(7, [Item("2", 2, 1), Item("4", 4, 1)]))

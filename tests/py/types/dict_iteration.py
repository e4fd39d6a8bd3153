stock = {"pear": 4, "apple": 10, "fig": 0, "kiwi": 7, "date": 10}
for k in stock:
    print(k, end=" ")
print()
for k, v in sorted(stock.items()):
    print(f"{k}:{v}", end=" ")
print()
print(sorted(stock, key=stock.get), sorted(stock.items(), key=lambda kv: (-kv[1], kv[0])))
print({k: v for k, v in stock.items() if v})
for k in list(stock):
    if stock[k] == 0:
        del stock[k]
print(stock)
for k in stock:
    stock[k] *= 2
print(stock)
inverted = {}
for k, v in stock.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
nested = {"a": {"x": 1, "y": 2}, "b": {"x": 3}, "c": {}}
for outer, inner in nested.items():
    for key, val in inner.items():
        print(outer, key, val)
totals = {}
for inner in nested.values():
    for key, val in inner.items():
        totals[key] = totals.get(key, 0) + val
print(totals)
print(list(zip(stock.keys(), stock.values())) == list(stock.items()))
keys = ["a", "b", "c"]
vals = [1, 2, 3]
d = dict(zip(keys, vals))
d2 = {k: d[k] for k in reversed(list(d))}
print(d, d2, d == d2, list(d) == list(d2))
counts = {}
for word in "a b a c b a d".split():
    if word in counts:
        counts[word] += 1
    else:
        counts[word] = 1
print(counts, max(counts.items(), key=lambda kv: kv[1]))
matrix = {(r, c): r * 3 + c for r in range(3) for c in range(3)}
print(matrix[(1, 2)], matrix[2, 0], sum(v for (r, c), v in matrix.items() if r == c))
try:
    for k in stock:
        del stock[k]
except RuntimeError as e:
    print(type(e).__name__, e)

def amortize(principal, annual_rate, years):
    r = annual_rate / 12 / 100
    n = years * 12
    pay = principal * r / (1 - (1 + r) ** -n) if r else principal / n
    bal = principal
    rows = []
    for m in range(1, n + 1):
        interest = bal * r
        princ = pay - interest
        bal -= princ
        rows.append((m, pay, interest, princ, max(bal, 0.0)))
    return pay, rows
pay, rows = amortize(250000, 6.5, 30)
print(f"Monthly payment: ${pay:,.2f}")
print(f"{'Month':>5} {'Payment':>10} {'Interest':>10} {'Principal':>10} {'Balance':>12}")
for row in rows[:3] + rows[-3:]:
    print("{:>5} {:>10,.2f} {:>10,.2f} {:>10,.2f} {:>12,.2f}".format(*row))
total_interest = sum(r[2] for r in rows)
print(f"Total interest: ${total_interest:,.2f} ({total_interest / 250000:.1%} of principal)")
print(amortize(1200, 0, 1)[0])
def compound(p, rate, years, n=12):
    return p * (1 + rate / n) ** (n * years)
print("Years  Annual     Monthly    Daily")
for y in (1, 5, 10, 30):
    print(f"{y:>5}  " + "  ".join(f"{compound(1000, 0.05, y, n):9.2f}" for n in (1, 12, 365)))
celsius = range(-40, 101, 20)
print(" C  |   F    |    K")
for c in celsius:
    print(f"{c:>4}|{c * 9 / 5 + 32:>7.1f} |{c + 273.15:>8.2f}")
prices = [100.0, 102.5, 101.0, 105.25, 103.0, 108.75, 107.5]
changes = [(b - a) / a * 100 for a, b in zip(prices, prices[1:])]
print(" ".join(f"{c:+.2f}%" for c in changes))
avg = sum(prices) / len(prices)
var = sum((p - avg) ** 2 for p in prices) / (len(prices) - 1)
print(f"mean={avg:.4f} sd={var ** 0.5:.4f} min={min(prices)} max={max(prices)} range={max(prices) - min(prices):.2f}")
mov = [round(sum(prices[i:i + 3]) / 3, 3) for i in range(len(prices) - 2)]
print(mov)

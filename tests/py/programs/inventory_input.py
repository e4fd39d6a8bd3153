import sys
inventory = {}
prices = {}
errors = 0
line_no = 0
for raw in sys.stdin:
    line_no += 1
    line = raw.strip()
    if not line or line.startswith("#"):
        continue
    cmd, *args = line.split()
    try:
        if cmd == "add":
            name, qty, price = args[0], int(args[1]), float(args[2])
            inventory[name] = inventory.get(name, 0) + qty
            prices[name] = price
        elif cmd == "sell":
            name, qty = args[0], int(args[1])
            if inventory.get(name, 0) < qty:
                raise ValueError(f"not enough {name}: have {inventory.get(name, 0)}, want {qty}")
            inventory[name] -= qty
            print(f"sold {qty} {name} for {qty * prices[name]:.2f}")
        elif cmd == "remove":
            del inventory[args[0]]
        elif cmd == "report":
            for name in sorted(inventory):
                print(f"  {name:<10}{inventory[name]:>5}{prices[name]:>8.2f}{inventory[name] * prices[name]:>10.2f}")
        else:
            raise ValueError(f"unknown command {cmd!r}")
    except (ValueError, IndexError, KeyError) as e:
        errors += 1
        print(f"line {line_no}: {type(e).__name__}: {e}")
value = sum(inventory[n] * prices[n] for n in inventory)
print(f"items={len(inventory)} units={sum(inventory.values())} value={value:,.2f} errors={errors}")

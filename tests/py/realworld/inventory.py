inventory = [
    {"sku": "A-100", "name": "Widget", "qty": 25, "price": 2.5},
    {"sku": "B-220", "name": "Gadget (large)", "qty": 0, "price": 19.99},
    {"sku": "C-003", "name": "Doohickey", "qty": 130, "price": 0.35},
    {"sku": "D-777", "name": "Thingamajig", "qty": 7, "price": 104.0},
    {"sku": "E-010", "name": "Ünicode Gizmo", "qty": 12, "price": 7.125},
]
hdr = ("SKU", "Name", "Qty", "Price", "Value")
widths = [6, 16, 5, 9, 11]
line = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
print(line)
print("| " + " | ".join(h.ljust(w) if i < 2 else h.rjust(w) for i, (h, w) in enumerate(zip(hdr, widths))) + " |")
print(line.replace("-", "="))
grand = 0
for item in sorted(inventory, key=lambda d: d["qty"] * d["price"], reverse=True):
    value = item["qty"] * item["price"]
    grand += value
    flag = " (out)" if item["qty"] == 0 else ""
    print("| {sku:<6} | {name:<16.16} | {qty:>5d} | {price:>9.2f} | {v:>11,.2f} |".format(v=value, **item) + flag)
print(line)
print(f"| {'TOTAL':<6} | {'':16} | {sum(i['qty'] for i in inventory):>5} | {'':>9} | {grand:>11,.2f} |")
print(line)
low = [i["name"] for i in inventory if i["qty"] < 10]
print("Low stock:", ", ".join(low) if low else "none")
by_letter = {}
for i in inventory:
    by_letter.setdefault(i["name"][0], []).append(i["sku"])
print(by_letter)
print("%-10s%10s" % ("avg price", "%.3f" % (sum(i["price"] for i in inventory) / len(inventory))))
print("{:>20}".format("{:.1%}".format(len(low) / len(inventory))))

raw = """name,age,city,salary
John Smith,34,New York,72000.50
Jane Doe,28,Los Angeles,88000
Bob,,Chicago,55000
Ann Lee,45,Boston,n/a
"""
rows = [line.split(",") for line in raw.strip().split("\n")]
header, body = rows[0], rows[1:]
recs = [dict(zip(header, r)) for r in body]
for r in recs:
    try:
        r["age"] = int(r["age"])
    except ValueError as e:
        print("bad age:", e)
        r["age"] = None
    try:
        r["salary"] = float(r["salary"])
    except ValueError as e:
        print("bad salary:", e)
        r["salary"] = 0.0
for r in sorted(recs, key=lambda r: r["salary"], reverse=True):
    print("{name:<12} {age!s:>4} {city:<12} {salary:>12,.2f}".format(**r))
print(repr(recs[2]))
total = sum(r["salary"] for r in recs)
print(f"total={total:,.2f} mean={total/len(recs):.4f}")

import sys
records = {}
errors = 0
for lineno, line in enumerate(sys.stdin, 1):
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    try:
        name, dept, salary, start = [f.strip() for f in line.split("|")]
        salary = float(salary.replace(",", ""))
        year = int(start.split("-")[0])
    except ValueError as e:
        errors += 1
        print(f"line {lineno}: skipped ({e})", file=sys.stderr)
        print(f"line {lineno}: skipped ({type(e).__name__})")
        continue
    records.setdefault(dept, []).append({"name": name, "salary": salary, "year": year})
for dept in sorted(records, key=lambda d: -len(records[d])):
    staff = records[dept]
    tot = sum(p["salary"] for p in staff)
    senior = min(staff, key=lambda p: (p["year"], p["name"]))
    print(f"{dept.upper():<12}{len(staff):>3} staff  avg {tot / len(staff):>10,.2f}  senior: {senior['name']} ({senior['year']})")
    for p in sorted(staff, key=lambda p: (-p["salary"], p["name"])):
        print(f"    {p['name']:<15}{p['salary']:>12,.2f}")
print(f"{sum(map(len, records.values()))} records, {errors} errors")

def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
def days_in(y, m):
    return 29 if m == 2 and is_leap(y) else DAYS[m - 1]
def ordinal(y, m, d):
    n = (y - 1) * 365 + (y - 1) // 4 - (y - 1) // 100 + (y - 1) // 400
    n += sum(days_in(y, k) for k in range(1, m))
    return n + d
def weekday(y, m, d):
    return (ordinal(y, m, d) - 1) % 7
def parse(s):
    try:
        y, m, d = (int(p) for p in s.split("-"))
    except ValueError:
        raise ValueError(f"bad date format: {s!r}") from None
    if not 1 <= m <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= d <= days_in(y, m):
        raise ValueError("day is out of range for month")
    return y, m, d
for s in ["2024-02-29", "2023-02-29", "2000-01-01", "1999-12-31", "2024-13-01", "2024/01/01", "1970-01-01", "2038-01-19"]:
    try:
        y, m, d = parse(s)
        print(f"{s}: {NAMES[weekday(y, m, d)]}, day {ordinal(y, m, d) - ordinal(y, 1, 1) + 1} of year")
    except ValueError as e:
        print(f"{s}: error: {e}")
def calendar(y, m):
    print(f"{['January','February','March','April','May','June','July','August','September','October','November','December'][m-1]} {y}".center(20).rstrip())
    print("Mo Tu We Th Fr Sa Su")
    cells = ["  "] * weekday(y, m, 1) + [f"{d:2}" for d in range(1, days_in(y, m) + 1)]
    for i in range(0, len(cells), 7):
        print(" ".join(cells[i:i + 7]))
calendar(2024, 2)
calendar(2023, 10)
print(ordinal(2024, 3, 1) - ordinal(2023, 3, 1), [y for y in range(1896, 1920) if is_leap(y)])

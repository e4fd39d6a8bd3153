DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

def days_in_month(y, m):
    return 29 if m == 2 and is_leap(y) else MONTH_DAYS[m - 1]

def ordinal(y, m, d):
    y1 = y - 1
    n = y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400
    for mm in range(1, m):
        n += days_in_month(y, mm)
    return n + d

def weekday(y, m, d):
    return DAYS[(ordinal(y, m, d) - 1) % 7]

def add_days(y, m, d, k):
    d += k
    while d > days_in_month(y, m):
        d -= days_in_month(y, m)
        m += 1
        if m > 12:
            m, y = 1, y + 1
    while d < 1:
        m -= 1
        if m < 1:
            m, y = 12, y - 1
        d += days_in_month(y, m)
    return y, m, d

print([y for y in (1900, 2000, 2004, 2023, 2024, 2100, 2400) if is_leap(y)])
for date in [(1970, 1, 1), (2000, 1, 1), (2000, 2, 29), (2024, 7, 4), (1969, 7, 20), (2038, 1, 19), (1, 1, 1)]:
    print("%04d-%02d-%02d" % date, weekday(*date))
print(ordinal(2024, 12, 31) - ordinal(2024, 1, 1) + 1, ordinal(2023, 12, 31) - ordinal(2023, 1, 1) + 1)
print(ordinal(2000, 1, 1) - ordinal(1970, 1, 1))
for k in [0, 1, 30, 60, 365, 366, -1, -60, 1000]:
    print(k, "%04d-%02d-%02d" % add_days(2024, 1, 31, k))

def calendar(y, m):
    print(f"{['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1]} {y}".center(20))
    print("Mo Tu We Th Fr Sa Su")
    start = (ordinal(y, m, 1) - 1) % 7
    cells = ["  "] * start + [f"{d:2d}" for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        print(" ".join(cells[i:i + 7]))

calendar(2024, 2)
calendar(2023, 10)
fri13 = [(y, m) for y in range(2020, 2026) for m in range(1, 13) if weekday(y, m, 13) == "Friday"]
print(len(fri13), fri13[:4])

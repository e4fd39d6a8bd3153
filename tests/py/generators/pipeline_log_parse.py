LOG = """\
2024-01-01 INFO start server
2024-01-01 WARN disk 81
2024-01-02 ERROR disk 95
# comment line
2024-01-02 INFO request 200
2024-01-03 ERROR net timeout

2024-01-03 WARN disk 85
2024-01-04 INFO request 404
2024-01-04 ERROR disk 99
"""

trace = []

def read_lines(text):
    for line in text.split("\n"):
        trace.append("read")
        yield line

def skip_blank(lines):
    for line in lines:
        s = line.strip()
        if s and not s.startswith("#"):
            yield s

def parse(lines):
    for line in lines:
        date, level, rest = line.split(" ", 2)
        yield {"date": date, "level": level, "msg": rest}

def only(level, records):
    for r in records:
        if r["level"] == level:
            yield r

def disk_usage(records):
    for r in records:
        parts = r["msg"].split()
        if parts[0] == "disk":
            yield r["date"], int(parts[1])

pipeline = disk_usage(only("ERROR", parse(skip_blank(read_lines(LOG)))))
print("nothing read yet:", len(trace))
first = next(pipeline)
print("first:", first, "lines read:", len(trace))
for item in pipeline:
    print("next:", item)
print("lines read:", len(trace))

def count_by_level(records):
    counts = {}
    for r in records:
        counts[r["level"]] = counts.get(r["level"], 0) + 1
    return counts

print(sorted(count_by_level(parse(skip_blank(read_lines(LOG)))).items()))
print(max(parse(skip_blank(read_lines(LOG))), key=lambda r: r["msg"])["msg"])
warn_disks = [v for _, v in disk_usage(only("WARN", parse(skip_blank(read_lines(LOG)))))]
print(warn_disks, sum(warn_disks) / len(warn_disks))

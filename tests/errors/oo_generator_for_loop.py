def parse_lines(lines):
    for line in lines:
        key, value = line.split("=")
        yield key, value


data = ["a=1", "b=2", "broken", "c=3"]
for k, v in parse_lines(data):
    print(k, v)

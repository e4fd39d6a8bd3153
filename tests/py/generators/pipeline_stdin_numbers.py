import sys

def lines(stream):
    while True:
        line = stream.readline()
        if not line:
            return
        yield line.rstrip("\n")

def tokens(lines):
    for line in lines:
        for tok in line.split():
            yield tok

def numbers(toks):
    for t in toks:
        try:
            yield int(t)
        except ValueError:
            print("skip", repr(t))

def running_stats(nums):
    count = 0
    total = 0
    best = None
    for n in nums:
        count += 1
        total += n
        if best is None or n > best:
            best = n
        yield count, total, best

last = None
for stats in running_stats(numbers(tokens(lines(sys.stdin)))):
    print("count=%d total=%d max=%d" % stats)
    last = stats
print("final", last)

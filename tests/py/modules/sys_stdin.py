import sys
first = sys.stdin.readline()
print(repr(first))
n = int(sys.stdin.readline())
nums = []
for _ in range(n):
    nums.append(int(sys.stdin.readline().strip()))
print(nums, sum(nums))
line = sys.stdin.readline().rstrip("\n")
print(line.split(","))
mixed = input()
print("input after readline:", mixed)
rest = sys.stdin.readline()
print(repr(rest))
print(repr(sys.stdin.readline()))
print(repr(sys.stdin.readline()))

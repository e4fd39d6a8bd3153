# input() reads lines from stdin
name = input()
print("Hello,", name)
n = int(input())
total = 0
for _ in range(n):
    total += int(input())
print("sum", total)
line = input()
print(repr(line))
words = input().split()
print(words, len(words))
print(repr(input()))

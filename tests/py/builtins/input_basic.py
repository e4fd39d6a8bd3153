name = input()
print("hello", name)
age = int(input("age? "))
print("next year", age + 1)
line = input("> ")
parts = line.split()
print(parts, len(parts))
nums = [int(x) for x in input().split()]
print(sum(nums), max(nums), min(nums))
empty = input()
print(repr(empty))
spaces = input()
print(repr(spaces))
last = input("last: ")
print(repr(last))
try:
    input()
except EOFError as e:
    print(type(e).__name__, e)
try:
    input("prompt at eof")
except EOFError as e:
    print()
    print(type(e).__name__, e)

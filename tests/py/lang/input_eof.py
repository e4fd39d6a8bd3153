# input() raises EOFError at end of input
lines = []
while True:
    try:
        lines.append(input())
    except EOFError as e:
        print("EOFError", repr(str(e)))
        break
print(lines)
print(len(lines))

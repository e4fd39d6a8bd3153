s = "abcdefghij"
print(s[0], s[-1], s[3], s[-3])
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[:], s[5:2], s[100:], s[-100:3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[-2:-8:-3], s[2:8:-1])
print(s[::100], s[::-100], s[5::-1], s[:5:-1], s[-1:-11:-1], s[None:None:None])
print("ab" + "cd", "ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, "" * 5)
print("abc" < "abd", "abc" < "ab", "B" < "a", "" < "a", "a" <= "a", "Z" > "a", "é" > "z")
print("abc" == "abc", "abc" != "ABC", "a" * 3 == "aaa", sorted(["b", "B", "a", "A", "_", "1"]))
print(max("apple", "apricot"), min("zeta", "Zeta"))
u = "héllo wörld ✓ 日本語"
print(len(u), u[1], u[-3:], u[::-1], u.upper(), u.find("ö"), u[12])
print(u.split())
e = "\U0001F600x"
print(len(e), e[0] == "\U0001F600", e[1])
s2 = "x"
s2 += "y"
s2 *= 2
print(s2)
for i in range(len("hey")):
    print(i, "hey"[i])
for bad in [10, -11]:
    try:
        s[bad]
    except IndexError as ex:
        print(type(ex).__name__, ex)
try:
    s[1] = "z"
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    "a" + 1
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    "a" * 1.5
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    "a" < 1
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    del s[0]
except TypeError as ex:
    print(type(ex).__name__, ex)

def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]

tests = ["racecar", "A man, a plan, a canal: Panama", "hello", "", "No 'x' in Nixon", "ab", "Was it a car or a cat I saw?", "12321", "123"]
for t in tests:
    print(f"{t!r}: {is_palindrome(t)}")

def longest_palindrome(s):
    best = ""
    for center in range(len(s)):
        for lo, hi in ((center, center), (center, center + 1)):
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                lo -= 1
                hi += 1
            if hi - lo - 1 > len(best):
                best = s[lo + 1:hi]
    return best

for s in ["babad", "cbbd", "forgeeksskeegfor", "a", "abacdfgdcaba", "xyz"]:
    print(s, "->", longest_palindrome(s))

pal_nums = [n for n in range(10, 1000) if str(n) == str(n)[::-1] and n % 11 == 0]
print(pal_nums)
largest = 0
for a in range(100, 200):
    for b in range(a, 200):
        p = a * b
        if p > largest and str(p) == str(p)[::-1]:
            largest = p
print("largest product palindrome:", largest)

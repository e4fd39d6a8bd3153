class RollingHash:
    BASE = 257
    MOD = 1000000007

    def __init__(self, text):
        self.text = text
        n = len(text)
        self.prefix = [0] * (n + 1)
        self.power = [1] * (n + 1)
        for i, ch in enumerate(text):
            self.prefix[i + 1] = (self.prefix[i] * self.BASE + ord(ch)) % self.MOD
            self.power[i + 1] = (self.power[i] * self.BASE) % self.MOD

    def get(self, i, j):
        return (self.prefix[j] - self.prefix[i] * self.power[j - i]) % self.MOD

    @classmethod
    def of(cls, s):
        return cls(s).get(0, len(s))

def find_all(text, pattern):
    if not pattern or len(pattern) > len(text):
        return []
    rh = RollingHash(text)
    target = RollingHash.of(pattern)
    m = len(pattern)
    return [i for i in range(len(text) - m + 1) if rh.get(i, i + m) == target and text[i:i + m] == pattern]

print(find_all("abracadabra", "abra"), find_all("aaaaa", "aa"), find_all("abc", "d"), find_all("ab", "abc"))

def longest_repeated(s):
    rh = RollingHash(s)
    def has_repeat(length):
        seen = {}
        for i in range(len(s) - length + 1):
            h = rh.get(i, i + length)
            if h in seen and s[seen[h]:seen[h] + length] == s[i:i + length]:
                return s[i:i + length]
            seen.setdefault(h, i)
        return None
    lo, hi, best = 1, len(s) - 1, ""
    while lo <= hi:
        mid = (lo + hi) // 2
        found = has_repeat(mid)
        if found:
            best = found
            lo = mid + 1
        else:
            hi = mid - 1
    return best

for s in ["banana", "abcd", "mississippi", "aaaa", "abcabcabc"]:
    print(s, repr(longest_repeated(s)))

def distinct_substrings(s):
    rh = RollingHash(s)
    return len({(j - i, rh.get(i, j)) for i in range(len(s)) for j in range(i + 1, len(s) + 1)})

print(distinct_substrings("abab"), distinct_substrings("aaa"), distinct_substrings("abcde"))
print(RollingHash.of("hello") == RollingHash("say hello").get(4, 9))

class KMP:
    def __init__(self, pattern):
        if not pattern:
            raise ValueError("empty pattern")
        self.pattern = pattern
        self.fail = self._build(pattern)

    @staticmethod
    def _build(p):
        fail = [0] * len(p)
        k = 0
        for i in range(1, len(p)):
            while k and p[i] != p[k]:
                k = fail[k - 1]
            if p[i] == p[k]:
                k += 1
            fail[i] = k
        return fail

    def finditer(self, text):
        k = 0
        p = self.pattern
        for i, ch in enumerate(text):
            while k and ch != p[k]:
                k = self.fail[k - 1]
            if ch == p[k]:
                k += 1
            if k == len(p):
                yield i - k + 1
                k = self.fail[k - 1]

    def count(self, text):
        return sum(1 for _ in self.finditer(text))

    def __repr__(self):
        return "KMP(%r, fail=%r)" % (self.pattern, self.fail)

for p in ["abab", "aaaa", "abcabd", "aabaaab", "x"]:
    print(KMP(p))
m = KMP("aba")
text = "abababacaba"
print(list(m.finditer(text)), m.count(text), text.count("aba"))
print(KMP("needle").count("haystack with needle and needles"))

def check(pattern, text):
    found = list(KMP(pattern).finditer(text))
    naive = [i for i in range(len(text) - len(pattern) + 1) if text[i:i + len(pattern)] == pattern]
    return found == naive, len(found)

s = "".join("ab"[(i * i + i // 3) % 2] for i in range(500))
for p in ["ab", "aab", "abba", "babab", "aaaa"]:
    print(p, check(p, s))

def period(s):
    f = KMP(s).fail
    p = len(s) - f[-1]
    return p if len(s) % p == 0 else len(s)

print(period("abcabcabc"), period("aaaa"), period("abcab"), period("xyz"))
try:
    KMP("")
except ValueError as e:
    print("ValueError:", e)

records = [
    ("alice", "eng", 100), ("bob", "ops", 90), ("carol", "eng", 90), ("dave", "ops", 100),
    ("eve", "eng", 100), ("frank", "hr", 80), ("grace", "ops", 90), ("heidi", "hr", 100),
]
by_score = sorted(records, key=lambda r: r[2])
print([r[0] for r in by_score])
by_score_desc = sorted(records, key=lambda r: r[2], reverse=True)
print([r[0] for r in by_score_desc])
two_pass = sorted(sorted(records, key=lambda r: r[0]), key=lambda r: r[1])
print([(r[1], r[0]) for r in two_pass])
multi = sorted(records, key=lambda r: (r[1], -r[2], r[0]))
print([(r[1], r[2], r[0]) for r in multi])
rev_stable = sorted([(1, "a"), (0, "b"), (1, "c"), (0, "d")], key=lambda p: p[0], reverse=True)
print(rev_stable)
lst = list(records)
lst.sort(key=lambda r: r[1])
lst.sort(key=lambda r: r[2], reverse=True)
print([r[0] for r in lst])
words = ["bb", "a", "ccc", "aa", "b", "cc", "c"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True), sorted(words))
nums = [3, -3, 2, -2, 1, -1, 0]
print(sorted(nums, key=abs), sorted(nums, key=abs, reverse=True), sorted(nums, key=lambda v: v * v))
same = [(5, i) for i in range(10)]
print(sorted(same, key=lambda p: p[0]) == same, sorted(same, key=lambda p: p[0], reverse=True) == same)
print(sorted([0.0, -0.0, 0, False]), sorted([-0.0, 0.0]), sorted([1, 1.0, True]), sorted([True, 1.0, 1]))

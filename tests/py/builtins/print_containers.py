print([1.0, -0.0, float("inf"), float("nan"), 1e-7, 10 ** 20, True, None])
print(("a", 'b"', "c'", "d\n"), ["é", "日本", "\t"])
print({1: [2, (3, {4: "five"})], "k": {"nested": {"deeper": []}}})
print([[]] * 3, [()], [{}], [set()], [frozenset()], [range(0)])
print({"": "", " ": " ", "None": None}, {None: None}, {(): ()})
print(((1,),), (((),),), [[[]]], [1, [2, [3, [4, [5]]]]])
print({0.5: "half", -1: "neg", 2 ** 70: "big"})
print([len is len])
x = [1, 2]
y = [x, x]
print(y, y[0] is y[1])
d = {"self": None}
d["self"] = d
print(d)
l = [1]
l.append([l, {"l": l}])
print(l)
t = ([],)
t[0].append(t)
print(t)
print(str([1, "1"]), repr([1, "1"]), str(("1",)), f"{['1']}")
print(1, "1", [1], ["1"], sep=" | ")

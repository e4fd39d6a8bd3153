d = {}
d["z"] = 1
d["a"] = 2
d["m"] = 3
print(d)
del d["z"]
d["z"] = 4
print(d)
d["a"] = 20
print(d)
print(list(d))
x = {"one": 1, "two": 2}
y = {"two": 22, "three": 3}
print(x | y, y | x)
x |= y
print(x)
x |= [("four", 4)]
print(x)
print({} | {}, {1: 1} | {1: 2})
print({"a": 1} == {"a": 1.0}, {"a": 1} != {"a": 1, "b": 2}, {} == {})
print({1: "a", 2: "b"} == {2: "b", 1: "a"})
nums = {i: i * i for i in range(10)}
for i in range(0, 10, 2):
    del nums[i]
print(nums)
nums[0] = 0
print(nums, list(nums.keys())[0], list(nums.keys())[-1])
big = {}
for i in range(1000):
    big[i] = i
for i in range(0, 1000, 3):
    del big[i]
print(len(big), list(big)[:5], list(big)[-3:], sum(big))
big.clear()
big["after"] = 1
print(big)
nested = {"outer": {"inner": {"deep": [1, 2]}}}
nested["outer"]["inner"]["deep"].append(3)
print(nested, nested["outer"]["inner"])
print({True: 1, 0: "zero", 0.0: "float zero"}, {-1: "a", 1.5: "b", "": "c", (): "d"})
try:
    {"a": 1} < {"b": 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1: 2} | [(3, 4)]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1: 2} + {3: 4}
except TypeError as e:
    print(type(e).__name__, e)

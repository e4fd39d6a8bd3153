def groupby(items, key=lambda x: x):
    it = iter(items)
    try:
        current = next(it)
    except StopIteration:
        return
    group = [current]
    k = key(current)
    for x in it:
        kx = key(x)
        if kx == k:
            group.append(x)
        else:
            yield k, group
            group = [x]
            k = kx
    yield k, group

def rle(s):
    for ch, group in groupby(s):
        yield "%d%s" % (len(group), ch)

print("".join(rle("aaabccddddde")))
print(list(groupby([])))
print(list(groupby([1, 1, 2, 3, 3, 3, 1])))

def decode(encoded):
    num = ""
    for ch in encoded:
        if ch.isdigit():
            num += ch
        else:
            yield ch * int(num)
            num = ""

encoded = "".join(rle("wwwwwwwwwwwwbbbxyzzz"))
print(encoded, "".join(decode(encoded)))

words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for letter, group in groupby(words, key=lambda w: w[0]):
    print(letter, group)
for letter, group in groupby(sorted(words), key=lambda w: w[0]):
    print(letter, len(group))

def longest_run(seq):
    return max(((len(g), k) for k, g in groupby(seq)), default=(0, None))

print(longest_run([5, 5, 1, 1, 1, 2, 1, 1]), longest_run([]))
print(list(groupby(range(10), key=lambda n: n // 4)))

# an int subclass used as an index, slice bound or repeat count
class J(int):
    pass


j = J(1)
print([0, 1, 2][j], "abc"[j], (1, 2)[j], range(5)[j])
print([0, 1, 2][j:], [0, 1, 2][:J(2)], "abcd"[J(1):J(3)])
print("x" * J(2), [0] * J(3), J(2) * "ab")
xs = [1, 2, 3]
print(xs.pop(j), xs)

class Plain:
    pass


a, b = Plain(), Plain()
print(a == a, a == b, a != b, a is a, a is not b)
print(a == None, None == a, a != 0)
print([a, b].index(b), [a, b].count(a), a in [b], a in [b, a])


class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print(f"  Eq({self.v}).__eq__")
        if isinstance(other, Eq):
            return self.v == other.v
        return NotImplemented


print(Eq(1) == Eq(1))
print(Eq(1) != Eq(2))
print(Eq(1) == 1)
print(Eq(1) != 1)
e = Eq(5)
print(e in [e])
print(Eq(5) in [1, Eq(5)])
items = [Eq(1), Eq(2), Eq(3)]
items.remove(Eq(2))
print([i.v for i in items])
print(items.count(Eq(3)), items.index(Eq(3)))


class AlwaysEqual:
    def __eq__(self, other):
        return True

    __hash__ = object.__hash__


z = AlwaysEqual()
print(z == 1, 1 == z, z == "x", z != 2, [z].count(3), [1, 2, 3].index(z))
print(3 in [z], (3, 4) == (z, z))


class NeOnly:
    def __ne__(self, other):
        return "custom ne"


n = NeOnly()
print(n != 1, n == n, n == 1)


class EqReturnsNonBool:
    def __eq__(self, other):
        return "yes"


print(EqReturnsNonBool() == 1, EqReturnsNonBool() != 1)
print([EqReturnsNonBool()] == [1])
print(1 in [EqReturnsNonBool()])


class Weird:
    def __eq__(self, other):
        return False


w = Weird()
print(w == w, w in [w], [w] == [w], w is w)
print((w,) == (w,))

# a list subclass overriding __iter__: consumers that iterate must use the override
class L(list):
    def __iter__(self):
        return iter([9, 9])


l = L([1, 2])
print(list(l), [*l], sorted(l), tuple(l), [x for x in l], sum(l), len(l), l)

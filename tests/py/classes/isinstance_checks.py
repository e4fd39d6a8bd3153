class Animal:
    pass


class Mammal(Animal):
    pass


class Bird(Animal):
    pass


class Bat(Mammal):
    pass


class Penguin(Bird):
    pass


things = [Bat(), Penguin(), Animal(), 3, True, "s", 2.5, None, [1], Mammal]
for t in things:
    print(type(t).__name__,
          isinstance(t, Animal),
          isinstance(t, (Mammal, Bird)),
          isinstance(t, (int, str)),
          isinstance(t, (float, (list, type(None)))),
          isinstance(t, type))
print(isinstance(True, int), isinstance(1, bool), type(True) is int, issubclass(bool, int))
print(issubclass(Bat, (Bird, Mammal)), issubclass(Penguin, (Mammal, str)), issubclass(Bat, Bat))
print(issubclass(Bat, object), issubclass(int, object), issubclass(type, object), issubclass(object, type))
print(isinstance(Bat, type), isinstance(int, type), isinstance(object, object), isinstance(type, type))
print(isinstance(Bat(), object), isinstance(None, object))
print(isinstance(3, ()), issubclass(Bat, ()))
for args in [(Bat(), 3), (3, "int"), (Bat(), [Animal])]:
    try:
        isinstance(*args)
    except TypeError as e:
        print("TypeError:", e)
for args in [(Bat(), Animal), (3, int), (Bat, [Animal])]:
    try:
        issubclass(*args)
    except TypeError as e:
        print("TypeError:", e)


def classify(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, (int, float)):
        return "number"
    if isinstance(x, str):
        return "text"
    if isinstance(x, (list, tuple)):
        return "sequence of " + ",".join(sorted(set([classify(i) for i in x])))
    if isinstance(x, Animal):
        return "animal:" + type(x).__name__.lower()
    return "other"


for v in [True, 5, 1.5, "hi", [1, "a", False], (Bat(), 2), {}, Penguin()]:
    print(classify(v))
print(type(Bat()) == Bat, type(Bat()) == Mammal, Bat().__class__ is Bat, Bat.__class__ is type)
print([c.__name__ for c in Bat.__mro__ if issubclass(c, Animal)])

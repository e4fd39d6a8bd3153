class Dog:
    species = "canis"
    count = 0

    def __init__(self, name, age):
        self.name = name
        self.age = age
        Dog.count += 1

    def describe(self):
        return f"{self.name} is {self.age} years old"

    def birthday(self):
        self.age += 1
        return self.age


a = Dog("Rex", 3)
b = Dog("Fido", 5)
print(a.describe())
print(b.describe())
print(a.birthday(), a.birthday())
print(a.describe())
print(Dog.count, a.count, b.count)
print(a.species, b.species, Dog.species)

# shadowing a class attribute on one instance
a.species = "wolf"
print(a.species, b.species, Dog.species)
print(sorted(a.__dict__.items()))
print(sorted(b.__dict__.items()))
del a.species
print(a.species)

# changing the class attribute is seen by all instances that do not shadow it
Dog.species = "canis lupus familiaris"
print(a.species, b.species)

# new attributes may be added at any time
b.tricks = ["sit"]
b.tricks.append("roll")
print(b.tricks, hasattr(a, "tricks"), hasattr(b, "tricks"))

print(type(a) is Dog, type(a).__name__, a.__class__.__name__)
print(Dog.__name__, Dog.__qualname__, Dog.__module__)
print(isinstance(a, Dog), isinstance(3, Dog))


class Empty:
    pass


e = Empty()
print(e.__dict__)
e.x = 1
e.y = [1, 2]
print(e.__dict__)
print(Empty.__doc__)

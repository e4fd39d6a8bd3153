class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def kind(self):
        return type(self).__name__.lower()

    def intro(self):
        return f"I am a {self.kind()} called {self.name}"


class Dog(Animal):
    sound = "woof"


class Cat(Animal):
    sound = "meow"

    def speak(self):
        base = super().speak()
        return base + " (purrs)"


class Kitten(Cat):
    def __init__(self, name, weeks):
        super().__init__(name)
        self.weeks = weeks

    def intro(self):
        return super().intro() + f", {self.weeks} weeks old"


zoo = [Animal("thing"), Dog("Rex"), Cat("Tom"), Kitten("Bit", 6)]
for a in zoo:
    print(a.speak())
    print(a.intro())

print(issubclass(Kitten, Cat), issubclass(Kitten, Animal), issubclass(Dog, Cat))
print(issubclass(Dog, (Cat, Animal)), issubclass(Dog, (Cat, Kitten)))
print(isinstance(zoo[3], Animal), isinstance(zoo[1], (Cat, Kitten)))
print(issubclass(Dog, Dog), issubclass(Dog, object))
print([k.__name__ for k in Kitten.__mro__])
print(Kitten.__bases__[0].__name__, Animal.__bases__[0].__name__)
print(Dog.__base__.__name__)
print("speak" in Cat.__dict__, "speak" in Dog.__dict__)
print(Kitten.sound, Dog.sound)
print(type(zoo[3]) is Kitten, type(zoo[3]) is Cat)

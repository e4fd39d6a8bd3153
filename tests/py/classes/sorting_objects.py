class Student:
    def __init__(self, name, grade, age):
        self.name = name
        self.grade = grade
        self.age = age

    def __repr__(self):
        return f"{self.name}({self.grade},{self.age})"

    def __lt__(self, other):
        return (self.grade, self.name) < (other.grade, other.name)


people = [
    Student("ann", 90, 20),
    Student("bob", 85, 22),
    Student("cid", 90, 19),
    Student("dee", 70, 21),
    Student("eve", 85, 20),
]
print(sorted(people))
print(sorted(people, reverse=True))
print(sorted(people, key=lambda s: s.age))
print(sorted(people, key=lambda s: (-s.grade, s.age)))
print(min(people), max(people))
print(min(people, key=lambda s: s.age).name, max(people, key=lambda s: s.age).name)
people.sort(key=lambda s: s.name, reverse=True)
print(people)
people.sort()
print(people)
print(max(people, key=lambda s: len(s.name) + s.age))
best = {}
for s in people:
    if s.grade not in best or s < best[s.grade]:
        best[s.grade] = s
print(sorted(best.items()))


class Card:
    ranks = "23456789TJQKA"

    def __init__(self, text):
        self.rank = text[0]
        self.suit = text[1]

    def value(self):
        return Card.ranks.index(self.rank)

    def __lt__(self, other):
        return self.value() < other.value()

    def __repr__(self):
        return self.rank + self.suit


hand = [Card(t) for t in "KH 3S AD TC 3H 9D".split()]
print(sorted(hand))
print(max(hand), min(hand))
print(sorted(hand, key=Card.value, reverse=True))
print(sorted(hand, key=lambda c: (c.suit, c.value())))

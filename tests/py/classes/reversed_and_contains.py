class Deck:
    def __init__(self, cards):
        self.cards = list(cards)

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, i):
        return self.cards[i]

    def __reversed__(self):
        print("  custom __reversed__")
        return iter(self.cards[::-1])

    def __contains__(self, card):
        print("  custom __contains__", card)
        return card.upper() in self.cards


d = Deck(["A", "K", "Q"])
print(list(reversed(d)))
print("k" in d, "j" in d, "q" not in d)
print(list(d))


class SeqOnly:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return chr(ord("a") + i)


print(list(reversed(SeqOnly(4))))
print(type(reversed(SeqOnly(4))).__name__)


class IterOnly:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        print("  __iter__ used for 'in'")
        return iter(self.items)


print(2 in IterOnly([1, 2, 3]), 7 in IterOnly([1, 2]))
try:
    reversed(IterOnly([1]))
except TypeError as e:
    print("TypeError:", e)


class Truthy:
    def __contains__(self, x):
        return x


print(1 in Truthy(), 0 in Truthy(), "" in Truthy(), [0] in Truthy())
print(0 not in Truthy())


class NoRev:
    __reversed__ = None

    def __len__(self):
        return 1

    def __getitem__(self, i):
        return i


try:
    reversed(NoRev())
except TypeError as e:
    print("TypeError:", e)


class Span:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi

    def __contains__(self, x):
        return self.lo <= x < self.hi

    def __repr__(self):
        return f"Span({self.lo}, {self.hi})"


spans = [Span(0, 10), Span(5, 15), Span(20, 30)]
for x in [3, 7, 12, 25, 40]:
    print(x, [s for s in spans if x in s])

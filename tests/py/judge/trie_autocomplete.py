class Node:
    def __init__(self):
        self.kids = {}
        self.word = None
        self.weight = 0

class Autocomplete:
    def __init__(self):
        self.root = Node()

    def add(self, word, weight):
        node = self.root
        for ch in word:
            node = node.kids.setdefault(ch, Node())
        node.word = word
        node.weight += weight

    def _collect(self, node):
        if node.word is not None:
            yield node
        for ch in sorted(node.kids):
            yield from self._collect(node.kids[ch])

    def complete(self, prefix, k=3):
        node = self.root
        for ch in prefix:
            if ch not in node.kids:
                return []
            node = node.kids[ch]
        found = sorted(self._collect(node), key=lambda n: (-n.weight, n.word))
        return [n.word for n in found[:k]]

    def longest_common_prefix(self):
        node = self.root
        out = []
        while len(node.kids) == 1 and node.word is None:
            ch = next(iter(node.kids))
            out.append(ch)
            node = node.kids[ch]
        return "".join(out)

ac = Autocomplete()
text = """the then there these theme this that than thanks though
the the then this this this that there theme"""
for w in text.split():
    ac.add(w, 1)
for p in ["th", "the", "tha", "thi", "x", "", "thought"]:
    print(repr(p), ac.complete(p))
print(ac.complete("th", k=10))

ac2 = Autocomplete()
for w in ["interview", "internet", "interval", "internal"]:
    ac2.add(w, len(w))
print(ac2.longest_common_prefix())
print(ac2.complete("inter", 2))
ac2.add("in", 1)
print(ac2.longest_common_prefix())

class TrieNode:
    def __init__(self):
        self.children = {}
        self.end = 0
        self.passing = 0

class Trie:
    def __init__(self):
        self.root = TrieNode()
        self.words = 0

    def insert(self, word):
        node = self.root
        node.passing += 1
        for ch in word:
            if ch not in node.children:
                node.children[ch] = TrieNode()
            node = node.children[ch]
            node.passing += 1
        node.end += 1
        self.words += 1

    def _walk(self, s):
        node = self.root
        for ch in s:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def search(self, word):
        node = self._walk(word)
        return node is not None and node.end > 0

    def count_prefix(self, prefix):
        node = self._walk(prefix)
        return 0 if node is None else node.passing

    def erase(self, word):
        if not self.search(word):
            return False
        node = self.root
        node.passing -= 1
        for ch in word:
            child = node.children[ch]
            child.passing -= 1
            if child.passing == 0:
                del node.children[ch]
                self.words -= 1
                return True
            node = child
        node.end -= 1
        self.words -= 1
        return True

    def __len__(self):
        return self.words

    def __contains__(self, word):
        return self.search(word)

t = Trie()
for w in ["apple", "app", "apply", "ape", "banana", "band", "bandana", "app", "b"]:
    t.insert(w)
print(len(t))
for w in ["app", "appl", "apple", "ban", "band", "b", "", "zebra"]:
    print(repr(w), w in t, t.count_prefix(w))
print(t.erase("app"), t.count_prefix("app"), "app" in t)
print(t.erase("app"), "app" in t, t.count_prefix("app"))
print(t.erase("app"), t.erase("bandana"), t.count_prefix("band"), "band" in t)
print(t.erase("zzz"), len(t))

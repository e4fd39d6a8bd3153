class Node:
    __slots__ = ("key", "value", "left", "right")

    def __init__(self, key, value):
        self.key = key
        self.value = value
        self.left = None
        self.right = None


class BST:
    def __init__(self):
        self.root = None
        self.count = 0

    def __setitem__(self, key, value):
        if self.root is None:
            self.root = Node(key, value)
            self.count += 1
            return
        cur = self.root
        while True:
            if key == cur.key:
                cur.value = value
                return
            side = "left" if key < cur.key else "right"
            nxt = getattr(cur, side)
            if nxt is None:
                setattr(cur, side, Node(key, value))
                self.count += 1
                return
            cur = nxt

    def _find(self, key):
        cur = self.root
        while cur is not None and cur.key != key:
            cur = cur.left if key < cur.key else cur.right
        return cur

    def __getitem__(self, key):
        node = self._find(key)
        if node is None:
            raise KeyError(key)
        return node.value

    def __contains__(self, key):
        return self._find(key) is not None

    def __len__(self):
        return self.count

    def _inorder(self, node, out):
        if node:
            self._inorder(node.left, out)
            out.append(node.key)
            self._inorder(node.right, out)
        return out

    def keys(self):
        return self._inorder(self.root, [])

    def __iter__(self):
        return iter(self.keys())

    def height(self, node="root"):
        if node == "root":
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))

    def min(self):
        cur = self.root
        while cur.left:
            cur = cur.left
        return cur.key

    def max(self):
        cur = self.root
        while cur.right:
            cur = cur.right
        return cur.key


t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t[k] = str(k)
t[40] = "forty"
print(len(t), t.keys())
print(t[40], t[65], 35 in t, 36 in t)
print(t.height(), t.min(), t.max())
print([k for k in t if k % 20 == 0])
try:
    t[99]
except KeyError as e:
    print("KeyError:", e)
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words[w] = len(w)
print(list(words), len(words), words["quick"])
print(words.min(), words.max(), words.height())
skew = BST()
for i in range(8):
    skew[i] = i
print(skew.height(), sorted(skew, reverse=True)[:3])

class Node:
    def __init__(self, key, left=None, right=None):
        self.key = key
        self.left = left
        self.right = right

class Tree:
    def __init__(self):
        self.root = None
        self.size = 0

    def insert(self, key):
        self.size += 1
        if self.root is None:
            self.root = Node(key)
            return
        cur = self.root
        while True:
            if key < cur.key:
                if cur.left is None:
                    cur.left = Node(key)
                    return
                cur = cur.left
            else:
                if cur.right is None:
                    cur.right = Node(key)
                    return
                cur = cur.right

    def inorder(self):
        yield from self._inorder(self.root)

    def _inorder(self, node):
        if node is not None:
            yield from self._inorder(node.left)
            yield node.key
            yield from self._inorder(node.right)

    def preorder(self, node="start"):
        if node == "start":
            node = self.root
        if node is None:
            return
        yield node.key
        yield from self.preorder(node.left)
        yield from self.preorder(node.right)

    def levels(self):
        level = [self.root] if self.root else []
        depth = 0
        while level:
            yield depth, [n.key for n in level]
            level = [c for n in level for c in (n.left, n.right) if c is not None]
            depth += 1

    def __iter__(self):
        return self.inorder()

t = Tree()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.insert(k)
print(list(t.inorder()))
print(list(t.preorder()))
for depth, keys in t.levels():
    print(depth, keys)
print(sorted(t) == list(t), t.size, 45 in t, 46 in t)
print([k for k in t if k % 20 == 0])
it = iter(t)
print(next(it), next(it), type(it).__name__)

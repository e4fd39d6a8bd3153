class Node:
    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right


class InorderIterator:
    def __init__(self, root):
        self.stack = []
        self._push_left(root)

    def _push_left(self, node):
        while node is not None:
            self.stack.append(node)
            node = node.left

    def __iter__(self):
        return self

    def __next__(self):
        if not self.stack:
            raise StopIteration
        node = self.stack.pop()
        self._push_left(node.right)
        return node.value


class LevelIterator:
    def __init__(self, root):
        self.queue = [root] if root else []

    def __iter__(self):
        return self

    def __next__(self):
        if not self.queue:
            raise StopIteration
        node = self.queue.pop(0)
        for child in (node.left, node.right):
            if child is not None:
                self.queue.append(child)
        return node.value


class Tree:
    def __init__(self, root=None):
        self.root = root

    def insert(self, v):
        if self.root is None:
            self.root = Node(v)
            return self
        cur = self.root
        while True:
            if v < cur.value:
                if cur.left is None:
                    cur.left = Node(v)
                    return self
                cur = cur.left
            else:
                if cur.right is None:
                    cur.right = Node(v)
                    return self
                cur = cur.right

    def __iter__(self):
        return InorderIterator(self.root)

    def levels(self):
        return LevelIterator(self.root)


t = Tree()
for v in [8, 3, 10, 1, 6, 14, 4, 7, 13]:
    t.insert(v)
print(list(t))
print(list(t.levels()))
print(sum(t), min(t), max(t), len(list(t)))
it = iter(t)
print(next(it), next(it), next(it))
print(list(it))
print(list(it))
print([a + b for a, b in zip(t, t.levels())])
print(list(Tree()), list(Tree().levels()))
words = Tree()
for w in "m f t a h p z".split():
    words.insert(w)
print("".join(words), "".join(words.levels()))
pairs = [(x, y) for x in Tree(Node(2, Node(1))) for y in Tree(Node(5, None, Node(6)))]
print(pairs)

class Node:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None

class BST:
    def __init__(self):
        self.root = None

    def insert(self, key):
        def rec(node):
            if node is None:
                return Node(key)
            if key < node.key:
                node.left = rec(node.left)
            elif key > node.key:
                node.right = rec(node.right)
            return node
        self.root = rec(self.root)

    def delete(self, key):
        def rec(node, key):
            if node is None:
                raise KeyError(key)
            if key < node.key:
                node.left = rec(node.left, key)
            elif key > node.key:
                node.right = rec(node.right, key)
            else:
                if node.left is None:
                    return node.right
                if node.right is None:
                    return node.left
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key = succ.key
                node.right = rec(node.right, succ.key)
            return node
        self.root = rec(self.root, key)

    def inorder(self):
        out = []
        def rec(node):
            if node:
                rec(node.left)
                out.append(node.key)
                rec(node.right)
        rec(self.root)
        return out

    def height(self, node="root"):
        if node == "root":
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))

    def __contains__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False

    def floor(self, key):
        node, best = self.root, None
        while node:
            if node.key == key:
                return key
            if node.key < key:
                best = node.key
                node = node.right
            else:
                node = node.left
        return best

t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30]:
    t.insert(k)
print(t.inorder(), t.height())
print(45 in t, 46 in t, t.floor(44), t.floor(10), t.floor(100))
for k in [20, 30, 50, 70]:
    t.delete(k)
    print("deleted", k, t.inorder(), "root", t.root.key, "height", t.height())
try:
    t.delete(999)
except KeyError as e:
    print("KeyError:", e)
skew = BST()
for k in range(1, 200):
    skew.insert(k)
print(skew.height(), len(skew.inorder()))

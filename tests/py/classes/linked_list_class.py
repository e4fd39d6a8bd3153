class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedListIterator:
    def __init__(self, node):
        self.node = node

    def __iter__(self):
        return self

    def __next__(self):
        if self.node is None:
            raise StopIteration
        v = self.node.value
        self.node = self.node.next
        return v


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push_front(x)

    def push_front(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next is not None:
                cur = cur.next
            cur.next = node
        self.size += 1

    def pop_front(self):
        if self.head is None:
            raise IndexError("pop from empty LinkedList")
        v = self.head.value
        self.head = self.head.next
        self.size -= 1
        return v

    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def __iter__(self):
        return LinkedListIterator(self.head)

    def __len__(self):
        return self.size

    def __getitem__(self, index):
        if index < 0:
            index += self.size
        if not 0 <= index < self.size:
            raise IndexError("LinkedList index out of range")
        cur = self.head
        for _ in range(index):
            cur = cur.next
        return cur.value

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)

    def __repr__(self):
        return "LinkedList([" + ", ".join([repr(v) for v in self]) + "])"

    def __str__(self):
        return " -> ".join([str(v) for v in self]) + " -> None"


ll = LinkedList([1, 2, 3])
ll.append(4)
ll.push_front(0)
print(ll)
print(repr(ll), len(ll), ll[0], ll[-1], ll[2])
ll.reverse()
print(ll, list(ll), sum(ll), max(ll))
print(ll.pop_front(), ll.pop_front(), ll)
print(3 in ll, 9 in ll, ll == LinkedList([2, 1, 0]), ll == [2, 1, 0])
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
empty = LinkedList()
print(repr(empty), str(empty), len(empty), bool(empty), bool(ll))
try:
    empty.pop_front()
except IndexError as e:
    print("IndexError:", e)
words = LinkedList("the quick brown fox".split())
print(sorted(words), [w.upper() for w in words])
it = iter(words)
print(next(it), next(it), list(it))
print(LinkedList(range(5)) == LinkedList([0, 1, 2, 3, 4]))

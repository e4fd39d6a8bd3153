class ListNode:
    def __init__(self, val, next=None):
        self.val = val
        self.next = next

class LinkedList:
    def __init__(self, values=()):
        self.head = None
        for v in reversed(list(values)):
            self.head = ListNode(v, self.head)

    def __iter__(self):
        node = self.head
        while node:
            yield node.val
            node = node.next

    def __len__(self):
        return sum(1 for _ in self)

    def __repr__(self):
        return " -> ".join(str(v) for v in self) or "(empty)"

    def reverse(self):
        prev = None
        node = self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev
        return self

    def reverse_recursive(self):
        def rec(node):
            if node is None or node.next is None:
                return node
            new_head = rec(node.next)
            node.next.next = node
            node.next = None
            return new_head
        self.head = rec(self.head)
        return self

    def reverse_k_groups(self, k):
        def rev(head, k):
            node = head
            for _ in range(k):
                if node is None:
                    return head
                node = node.next
            prev, cur = rec_rest(node), head
            for _ in range(k):
                cur.next, prev, cur = prev, cur, cur.next
            return prev
        def rec_rest(node):
            return rev(node, k)
        self.head = rev(self.head, k)
        return self

    def middle(self):
        slow = fast = self.head
        while fast and fast.next:
            slow = slow.next
            fast = fast.next.next
        return slow.val if slow else None

    def remove(self, val):
        dummy = ListNode(None, self.head)
        node = dummy
        while node.next:
            if node.next.val == val:
                node.next = node.next.next
            else:
                node = node.next
        self.head = dummy.next
        return self

print(LinkedList(range(1, 6)).reverse())
print(LinkedList(range(1, 6)).reverse_recursive())
print(LinkedList([]).reverse(), LinkedList([7]).reverse())
for k in [1, 2, 3, 5, 6]:
    print(k, LinkedList(range(1, 8)).reverse_k_groups(k))
print(LinkedList("abcde").middle(), LinkedList("abcdef").middle(), LinkedList().middle())
print(LinkedList([1, 2, 1, 3, 1]).remove(1), len(LinkedList(range(50))))
long = LinkedList(range(3000)).reverse()
print(list(long)[:3], len(long))

def is_palindrome(ll):
    vals = list(ll)
    return vals == vals[::-1]

print(is_palindrome(LinkedList("racecar")), is_palindrome(LinkedList("ab")))

stack = []
for token in "3 4 + 2 * 7 -".split():
    if token.isdigit():
        stack.append(int(token))
    else:
        b, a = stack.pop(), stack.pop()
        stack.append(a + b if token == "+" else a - b if token == "-" else a * b)
    print(token, stack)
queue = []
for i in range(5):
    queue.append(i * 10)
while queue:
    item = queue.pop(0)
    if item == 20:
        queue.insert(0, 99)
    print("dequeued", item, "left", queue)
history = []
for action in ["open", "edit", "save", "undo", "undo", "redo", "close"]:
    if action == "undo":
        if history:
            print("undo", history.pop())
    else:
        history.append(action)
print(history)
window = []
for value in [5, 1, 4, 2, 8, 3, 7]:
    window.append(value)
    if len(window) > 3:
        del window[0]
    print(value, window, sum(window) / len(window))
ring = list(range(1, 8))
out = []
idx = 0
while ring:
    idx = (idx + 2) % len(ring)
    out.append(ring.pop(idx))
print("josephus", out)
lst = [5, 3, 8]
lst[len(lst):] = [1]
lst[:0] = [0]
print(lst, lst.pop(len(lst) // 2), lst)

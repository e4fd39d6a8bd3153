moves = []
def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src)

hanoi(3, "A", "C", "B")
for disk, s, d in moves:
    print(f"move disk {disk} from {s} to {d}")
print(len(moves))
for n in range(1, 11):
    moves.clear()
    hanoi(n, "L", "R", "M")
    print(n, len(moves), len(moves) == 2 ** n - 1)

pegs = {"A": [4, 3, 2, 1], "B": [], "C": []}
moves.clear()
hanoi(4, "A", "C", "B")
for disk, s, d in moves:
    top = pegs[s].pop()
    assert top == disk
    if pegs[d] and pegs[d][-1] < top:
        print("illegal move!")
    pegs[d].append(top)
print(pegs)

LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]
def winner(b):
    for a, c, d in LINES:
        if b[a] != " " and b[a] == b[c] == b[d]:
            return b[a]
    return None
def minimax(b, player, memo={}):
    key = ("".join(b), player)
    if key in memo:
        return memo[key]
    w = winner(b)
    if w:
        return (1 if w == "X" else -1), None
    moves = [i for i, c in enumerate(b) if c == " "]
    if not moves:
        return 0, None
    best = None
    for m in moves:
        b[m] = player
        score, _ = minimax(b, "O" if player == "X" else "X")
        b[m] = " "
        if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
            best = (score, m)
    memo[key] = best
    return best
def show(b):
    print("\n---+---+---\n".join(" " + " | ".join(b[r * 3:r * 3 + 3]) for r in range(3)))
board = list("X O  O  X".ljust(9))
show(board)
print(minimax(board, "X"))
board = [" "] * 9
player = "X"
while winner(board) is None and " " in board:
    _, m = minimax(board, player)
    board[m] = player
    player = "O" if player == "X" else "X"
show(board)
print("result:", winner(board) or "draw")
moves = input().split(",")
b = [" "] * 9
for turn, mv in enumerate(moves):
    try:
        pos = int(mv) - 1
        if not 0 <= pos < 9:
            raise IndexError(f"square {pos + 1} is off the board")
        if b[pos] != " ":
            raise ValueError(f"square {pos + 1} already taken by {b[pos]}")
        b[pos] = "XO"[turn % 2]
    except (ValueError, IndexError) as e:
        print(f"move {turn + 1} ({mv!r}) rejected: {e}")
show(b)
print(winner(b))

LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]

def winner(b):
    for a, c, d in LINES:
        if b[a] != "." and b[a] == b[c] == b[d]:
            return b[a]
    return None

nodes = [0]
memo = {}
def minimax(b, player):
    key = (b, player)
    if key in memo:
        return memo[key]
    nodes[0] += 1
    w = winner(b)
    if w == "X":
        return (1, None)
    if w == "O":
        return (-1, None)
    if "." not in b:
        return (0, None)
    best = None
    for i in range(9):
        if b[i] == ".":
            nb = b[:i] + player + b[i + 1:]
            score, _ = minimax(nb, "O" if player == "X" else "X")
            if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
                best = (score, i)
    memo[key] = best
    return best

def show(b):
    for r in range(3):
        print(" ".join(b[3 * r:3 * r + 3]))

positions = ["X.O.X..O.", "XO.......", "XOXOO....", "OO.XX....", "........."]
for pos in positions[:4]:
    player = "X" if pos.count("X") == pos.count("O") else "O"
    score, move = minimax(pos, player)
    print(pos, "to move:", player, "best:", move, "score:", score)
board = "X.O.X..O."
turn = "X"
while winner(board) is None and "." in board:
    _, move = minimax(board, turn)
    board = board[:move] + turn + board[move + 1:]
    turn = "O" if turn == "X" else "X"
show(board)
print("winner:", winner(board))
score, move = minimax(".........", "X")
print("empty board value:", score, "first move:", move, "states:", len(memo))

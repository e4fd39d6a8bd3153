def tokenize(expr):
    tokens = []
    i = 0
    while i < len(expr):
        ch = expr[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(expr) and (expr[j].isdigit() or expr[j] == "."):
                j += 1
            text = expr[i:j]
            tokens.append(float(text) if "." in text else int(text))
            i = j
        elif ch in "+-*/()%^":
            tokens.append(ch)
            i += 1
        else:
            raise ValueError(f"bad character {ch!r} at {i}")
    return tokens

PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}

def to_rpn(tokens):
    out, ops = [], []
    for t in tokens:
        if isinstance(t, (int, float)):
            out.append(t)
        elif t == "(":
            ops.append(t)
        elif t == ")":
            while ops and ops[-1] != "(":
                out.append(ops.pop())
            if not ops:
                raise ValueError("unbalanced )")
            ops.pop()
        else:
            while ops and ops[-1] != "(" and (PREC[ops[-1]] > PREC[t] or (PREC[ops[-1]] == PREC[t] and t != "^")):
                out.append(ops.pop())
            ops.append(t)
    while ops:
        op = ops.pop()
        if op == "(":
            raise ValueError("unbalanced (")
        out.append(op)
    return out

def eval_rpn(rpn):
    stack = []
    for t in rpn:
        if isinstance(t, (int, float)):
            stack.append(t)
            continue
        if len(stack) < 2:
            raise ValueError("missing operand")
        b = stack.pop()
        a = stack.pop()
        if t == "+":
            stack.append(a + b)
        elif t == "-":
            stack.append(a - b)
        elif t == "*":
            stack.append(a * b)
        elif t == "/":
            stack.append(a / b)
        elif t == "%":
            stack.append(a % b)
        else:
            stack.append(a ** b)
    if len(stack) != 1:
        raise ValueError("leftover operands")
    return stack[0]

while True:
    try:
        line = input()
    except EOFError:
        break
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    try:
        rpn = to_rpn(tokenize(line))
        print(f"{line} => {' '.join(str(t) for t in rpn)} => {eval_rpn(rpn)}")
    except ValueError as e:
        print(f"{line} => error: {e}")
    except ZeroDivisionError as e:
        print(f"{line} => ZeroDivisionError: {e}")

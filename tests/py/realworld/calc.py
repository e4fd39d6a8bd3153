def tokenize(s):
    toks, i = [], 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."):
                j += 1
            toks.append(("num", float(s[i:j]) if "." in s[i:j] else int(s[i:j])))
            i = j
        elif c.isalpha():
            j = i
            while j < len(s) and s[j].isalnum():
                j += 1
            toks.append(("name", s[i:j])); i = j
        elif c in "+-*/()^%,":
            toks.append(("op", c)); i += 1
        else:
            raise SyntaxError(f"unexpected character {c!r} at {i}")
    return toks
import math
FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs}
VARS = {"pi": math.pi, "e": math.e}
class_ = None
def parse(toks):
    pos = [0]
    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else (None, None)
    def take(kind=None, val=None):
        t = peek()
        if t[0] is None or (kind and t[0] != kind) or (val and t[1] != val):
            raise SyntaxError(f"expected {val or kind}, got {t[1]!r}")
        pos[0] += 1
        return t
    def expr():
        v = term()
        while peek()[1] in ("+", "-"):
            op = take()[1]
            r = term()
            v = v + r if op == "+" else v - r
        return v
    def term():
        v = factor()
        while peek()[1] in ("*", "/", "%"):
            op = take()[1]
            r = factor()
            v = v * r if op == "*" else (v / r if op == "/" else v % r)
        return v
    def factor():
        if peek()[1] == "-":
            take(); return -factor()
        b = atom()
        if peek()[1] == "^":
            take(); return b ** factor()
        return b
    def atom():
        t = peek()
        if t[0] == "num":
            take(); return t[1]
        if t[0] == "name":
            take()
            if peek()[1] == "(":
                take(); args = [expr()]
                while peek()[1] == ",":
                    take(); args.append(expr())
                take("op", ")")
                if t[1] not in FUNCS:
                    raise NameError(f"unknown function {t[1]}")
                return FUNCS[t[1]](*args)
            return VARS[t[1]]
        if t[1] == "(":
            take(); v = expr(); take("op", ")"); return v
        raise SyntaxError(f"unexpected {t[1]!r}")
    v = expr()
    if pos[0] != len(toks):
        raise SyntaxError(f"trailing {toks[pos[0]][1]!r}")
    return v
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "10 % 4 + 0.5", "sqrt(16) + max(1, 7, 3)", "pi * 2", "1 / 0", "sqrt(-1)", "foo(1)", "x + 1", "3 +", "(1", "1 2", "2 $ 3", "abs(-3.5) * 2", "2 ^ 100", "1.5.2"]:
    try:
        print(f"{src:<24} = {parse(tokenize(src))!r}")
    except Exception as e:
        print(f"{src:<24} ! {type(e).__name__}: {e}")

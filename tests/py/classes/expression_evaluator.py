class Num:
    def __init__(self, v):
        self.v = v

    def eval(self, env):
        return self.v

    def __repr__(self):
        return f"Num({self.v})"


class Var:
    def __init__(self, name):
        self.name = name

    def eval(self, env):
        if self.name not in env:
            raise NameError(f"undefined variable {self.name!r}")
        return env[self.name]

    def __repr__(self):
        return f"Var({self.name!r})"


class BinOp:
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b,
           "*": lambda a, b: a * b, "/": lambda a, b: a / b}

    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right

    def eval(self, env):
        return BinOp.ops[self.op](self.left.eval(env), self.right.eval(env))

    def __repr__(self):
        return f"BinOp({self.op!r}, {self.left!r}, {self.right!r})"


class Parser:
    def __init__(self, text):
        self.tokens = self.tokenize(text)
        self.pos = 0

    @staticmethod
    def tokenize(text):
        tokens, i = [], 0
        while i < len(text):
            ch = text[i]
            if ch.isspace():
                i += 1
            elif ch.isdigit():
                j = i
                while j < len(text) and text[j].isdigit():
                    j += 1
                tokens.append(("num", int(text[i:j])))
                i = j
            elif ch.isalpha():
                j = i
                while j < len(text) and text[j].isalnum():
                    j += 1
                tokens.append(("name", text[i:j]))
                i = j
            elif ch in "+-*/()":
                tokens.append(("op", ch))
                i += 1
            else:
                raise SyntaxError(f"unexpected character {ch!r} at {i}")
        return tokens

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else ("end", None)

    def take(self):
        tok = self.peek()
        self.pos += 1
        return tok

    def parse(self):
        node = self.expr()
        if self.peek()[0] != "end":
            raise SyntaxError(f"trailing token {self.peek()[1]!r}")
        return node

    def expr(self):
        node = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            node = BinOp(self.take()[1], node, self.term())
        return node

    def term(self):
        node = self.atom()
        while self.peek() in (("op", "*"), ("op", "/")):
            node = BinOp(self.take()[1], node, self.atom())
        return node

    def atom(self):
        kind, val = self.take()
        if kind == "num":
            return Num(val)
        if kind == "name":
            return Var(val)
        if (kind, val) == ("op", "("):
            node = self.expr()
            if self.take() != ("op", ")"):
                raise SyntaxError("expected ')'")
            return node
        raise SyntaxError(f"unexpected token {val!r}")


env = {"x": 4, "y": 10}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "x * x - y / 4", "2 * (x + y) * 2", "z + 1", "3 +", "4 $ 4", "(1 + 2", "1 2", "10 / (x - 4)"]:
    try:
        tree = Parser(src).parse()
        print(f"{src!r:>18} = {tree.eval(env)}")
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print(f"{src!r:>18} ! {type(e).__name__}: {e}")
print(Parser("a*(b+1)").parse())

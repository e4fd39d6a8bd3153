import sys

class ParseError(Exception):
    pass

class Lexer:
    def __init__(self, text):
        self.tokens = []
        i = 0
        while i < len(text):
            ch = text[i]
            if ch.isspace():
                i += 1
            elif ch.isdigit():
                j = i
                while j < len(text) and text[j].isdigit():
                    j += 1
                self.tokens.append(("num", int(text[i:j])))
                i = j
            elif ch in "+-*/()%^":
                self.tokens.append(("op", ch))
                i += 1
            else:
                raise ParseError("bad character %r at %d" % (ch, i))
        self.tokens.append(("end", None))

class Parser:
    def __init__(self, text):
        self.toks = Lexer(text).tokens
        self.pos = 0

    def peek(self):
        return self.toks[self.pos]

    def take(self, value=None):
        tok = self.toks[self.pos]
        if value is not None and tok[1] != value:
            raise ParseError("expected %r, got %r" % (value, tok[1]))
        self.pos += 1
        return tok

    def parse(self):
        v = self.expr()
        if self.peek()[0] != "end":
            raise ParseError("trailing %r" % (self.peek()[1],))
        return v

    def expr(self):
        v = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            r = self.term()
            v = v + r if op == "+" else v - r
        return v

    def term(self):
        v = self.factor()
        while self.peek()[1] in ("*", "/", "%"):
            op = self.take()[1]
            r = self.factor()
            if op == "*":
                v *= r
            elif op == "/":
                v //= r
            else:
                v %= r
        return v

    def factor(self):
        base = self.unary()
        if self.peek()[1] == "^":
            self.take()
            return base ** self.factor()
        return base

    def unary(self):
        if self.peek()[1] == "-":
            self.take()
            return -self.unary()
        tok = self.take()
        if tok[0] == "num":
            return tok[1]
        if tok[1] == "(":
            v = self.expr()
            self.take(")")
            return v
        raise ParseError("unexpected %r" % (tok[1],))

for lineno, line in enumerate(sys.stdin, 1):
    line = line.strip()
    if not line:
        continue
    try:
        print("%d: %s = %d" % (lineno, line, Parser(line).parse()))
    except ParseError as e:
        print("%d: error: %s" % (lineno, e))
    except ZeroDivisionError as e:
        print("%d: math error: %s" % (lineno, e))

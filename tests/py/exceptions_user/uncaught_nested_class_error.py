class Parser:
    class Error(Exception):
        pass

    class UnexpectedEnd(Error):
        pass

    def __init__(self, text):
        self.text = text
        self.pos = 0

    def expect(self, ch):
        if self.pos >= len(self.text):
            raise Parser.UnexpectedEnd(f"expected {ch!r} at end of input")
        if self.text[self.pos] != ch:
            raise Parser.Error(f"expected {ch!r} at {self.pos}, found {self.text[self.pos]!r}")
        self.pos += 1


print(Parser.Error.__qualname__, Parser.UnexpectedEnd.__qualname__, Parser.Error.__name__)
p = Parser("(]")
p.expect("(")
try:
    p.expect(")")
except Parser.Error as e:
    print(type(e).__qualname__, repr(e), e)
p = Parser("((")
p.expect("(")
p.expect("(")
p.expect(")")

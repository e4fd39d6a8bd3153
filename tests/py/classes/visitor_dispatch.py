class Node:
    def accept(self, visitor):
        method = getattr(visitor, "visit_" + type(self).__name__, None)
        if method is None:
            return visitor.generic_visit(self)
        return method(self)


class Text(Node):
    def __init__(self, s):
        self.s = s


class Bold(Node):
    def __init__(self, *children):
        self.children = children


class Para(Node):
    def __init__(self, *children):
        self.children = children


class Image(Node):
    def __init__(self, src):
        self.src = src


class Visitor:
    def generic_visit(self, node):
        raise NotImplementedError(f"{type(self).__name__} cannot visit {type(node).__name__}")


class HtmlRenderer(Visitor):
    def visit_Text(self, n):
        return n.s.replace("&", "&amp;").replace("<", "&lt;")

    def visit_Bold(self, n):
        return "<b>" + "".join([c.accept(self) for c in n.children]) + "</b>"

    def visit_Para(self, n):
        return "<p>" + "".join([c.accept(self) for c in n.children]) + "</p>"

    def visit_Image(self, n):
        return f'<img src="{n.src}">'


class PlainRenderer(Visitor):
    def visit_Text(self, n):
        return n.s

    def visit_Bold(self, n):
        return "*" + "".join([c.accept(self) for c in n.children]) + "*"

    def visit_Para(self, n):
        return "".join([c.accept(self) for c in n.children]) + "\n"


class WordCounter(Visitor):
    def __init__(self):
        self.words = 0

    def visit_Text(self, n):
        self.words += len(n.s.split())

    def generic_visit(self, n):
        for c in getattr(n, "children", ()):
            c.accept(self)


doc = Para(Text("Fish & chips "), Bold(Text("are "), Text("<great>")), Text(" today"))
print(doc.accept(HtmlRenderer()))
print(repr(doc.accept(PlainRenderer())))
wc = WordCounter()
doc.accept(wc)
print(wc.words)
pic = Para(Image("cat.png"), Text(" caption"))
print(pic.accept(HtmlRenderer()))
try:
    pic.accept(PlainRenderer())
except NotImplementedError as e:
    print("NotImplementedError:", e)


class Calculator:
    def dispatch(self, command, *args):
        handler = getattr(self, "cmd_" + command, None)
        if not callable(handler):
            return f"unknown command {command!r}"
        return handler(*args)

    def cmd_add(self, a, b):
        return a + b

    def cmd_neg(self, a):
        return -a

    cmd_broken = 42


calc = Calculator()
print(calc.dispatch("add", 2, 3), calc.dispatch("neg", 7), calc.dispatch("mul", 1, 2), calc.dispatch("broken"))
try:
    calc.dispatch("add", 1)
except TypeError as e:
    print("TypeError:", e)

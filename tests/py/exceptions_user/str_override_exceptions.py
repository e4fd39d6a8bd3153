class ParseError(Exception):
    def __init__(self, line, col, msg):
        super().__init__(msg)
        self.line = line
        self.col = col
        self.msg = msg

    def __str__(self):
        return f"line {self.line}, column {self.col}: {self.msg}"


class WithRepr(Exception):
    def __repr__(self):
        return f"<WithRepr {self.args}>"


class DefaultMsg(Exception):
    def __init__(self, msg="the default message"):
        super().__init__(msg)


class TemplateError(Exception):
    template = "error {code}: {detail}"

    def __init__(self, code, detail):
        self.code = code
        self.detail = detail
        super().__init__(code, detail)

    def __str__(self):
        return self.template.format(code=self.code, detail=self.detail)


class DiskError(TemplateError):
    template = "disk failure #{code} ({detail})"


e = ParseError(3, 14, "unexpected '}'")
print(e)
print(repr(e))
print(e.args, f"{e}", "%s" % e, str([e]) == "[" + repr(e) + "]")
w = WithRepr("x", 2)
print(w, "|", repr(w), "|", [w])
print(DefaultMsg(), "|", DefaultMsg("custom"), "|", repr(DefaultMsg()))
for exc in [TemplateError(5, "bad thing"), DiskError(17, "sector 9")]:
    try:
        raise exc
    except TemplateError as caught:
        print(type(caught).__name__, "->", caught, "| args", caught.args)
print(repr(DiskError(1, "x")))


def parse(text):
    for lineno, line in enumerate(text.splitlines(), 1):
        for col, ch in enumerate(line, 1):
            if ch == "}":
                raise ParseError(lineno, col, "unexpected '}'")
    return "ok"


for src in ["a\nb\nc", "x = {\n}\n", "ab}"]:
    try:
        print(parse(src))
    except ParseError as pe:
        print("error at", (pe.line, pe.col), "-", pe)

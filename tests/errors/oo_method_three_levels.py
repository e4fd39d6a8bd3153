class Parser:
    def __init__(self, text):
        self.text = text

    def parse(self):
        return self.parse_items()

    def parse_items(self):
        out = []
        for s in self.text.split(","):
            out.append(self.parse_one(s))
        return out

    def parse_one(self, s):
        value = int(s)
        return value


p = Parser("1,2,x")
result = p.parse()
print(result)

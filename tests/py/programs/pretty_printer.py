def pretty(obj, indent=0):
    pad = "  " * indent
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        lines = ["{"]
        items = list(obj.items())
        for i, (k, v) in enumerate(items):
            comma = "," if i < len(items) - 1 else ""
            lines.append(f"{pad}  {to_json(k)}: {pretty(v, indent + 1)}{comma}")
        lines.append(pad + "}")
        return "\n".join(lines)
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        if all(not isinstance(x, (dict, list, tuple)) for x in obj):
            return "[" + ", ".join(to_json(x) for x in obj) + "]"
        lines = ["["]
        for i, v in enumerate(obj):
            comma = "," if i < len(obj) - 1 else ""
            lines.append(f"{pad}  {pretty(v, indent + 1)}{comma}")
        lines.append(pad + "]")
        return "\n".join(lines)
    return to_json(obj)

def to_json(v):
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, str):
        out = '"'
        for ch in v:
            if ch == '"':
                out += '\\"'
            elif ch == "\\":
                out += "\\\\"
            elif ch == "\n":
                out += "\\n"
            elif ord(ch) < 32:
                out += "\\u%04x" % ord(ch)
            else:
                out += ch
        return out + '"'
    if isinstance(v, float):
        if v != v or v in (float("inf"), float("-inf")):
            return "null"
        return repr(v)
    return str(v)

doc = {
    "name": "sandbox",
    "version": (1, 2, 3),
    "enabled": True,
    "ratio": 0.75,
    "missing": None,
    "tags": ["a", "b\"quoted\"", "line\nbreak"],
    "nested": {"empty_list": [], "empty_dict": {}, "deep": [{"x": 1}, [2, [3]], "s"]},
    "numbers": [1, -2, 3.5, 1e20, float("nan")],
    "ctrl": "\x01\t",
}
print(pretty(doc))
print(pretty([]), pretty({}), pretty([[]]), pretty("plain"), pretty(42))

def parse_value(s, i):
    while s[i] == " ":
        i += 1
    ch = s[i]
    if ch == "[":
        i += 1
        out = []
        while True:
            while s[i] == " ":
                i += 1
            if s[i] == "]":
                return out, i + 1
            v, i = parse_value(s, i)
            out.append(v)
            while s[i] == " ":
                i += 1
            if s[i] == ",":
                i += 1
    if ch == '"':
        j = s.index('"', i + 1)
        return s[i + 1:j], j + 1
    j = i
    while j < len(s) and (s[j].isdigit() or s[j] in "-."):
        j += 1
    text = s[i:j]
    return (float(text) if "." in text else int(text)), j

print(parse_value('[1, "two", [3.5, []], -4, "x"]', 0)[0])

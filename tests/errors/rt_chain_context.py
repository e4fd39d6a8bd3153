def load(key):
    table = {"a": 1}
    try:
        return table[key]
    except KeyError:
        raise RuntimeError("lookup failed")

load("b")

try:
    [][0]
except IndexError:
    try:
        {}["k"]
    except KeyError:
        raise ValueError("third")

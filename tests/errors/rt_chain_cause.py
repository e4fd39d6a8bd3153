def to_int(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError("bad input") from e

to_int("xyz")

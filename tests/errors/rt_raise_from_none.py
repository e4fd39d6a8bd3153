def get(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError("no such key: " + k) from None

get({}, "q")

# uncaught IndexError from inside nested calls
def get(seq, i):
    return seq[i]
def last_plus_one(seq):
    return get(seq, len(seq))
print(get("abc", 1))
print(last_plus_one([1, 2]))

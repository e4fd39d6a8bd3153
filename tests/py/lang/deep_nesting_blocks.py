# deeply nested blocks with multi-level dedents
def walk(n):
    out = []
    for a in range(n):
        if a % 2 == 0:
            for b in range(a):
                while b > 0:
                    if b % 3 == 0:
                        try:
                            if b == 3:
                                out.append((a, b))
                        finally:
                            pass
                    b -= 1
        else:
            out.append(a)
    return out
print(walk(8))
def levels(x):
    if x > 0:
        if x > 1:
            if x > 2:
                if x > 3:
                    return 4
                return 3
            return 2
        return 1
    return 0
print([levels(i) for i in range(6)])
for i in range(2):
    for j in range(2):
        for k in range(2):
            if i == j == k:
                print("same", i)
print("end")

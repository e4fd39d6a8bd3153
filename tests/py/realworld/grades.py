data = [("alice", [88, 92, 79]), ("bob", [65, 70, 58]), ("carol", [95, 98, 100]), ("dave", []), ("eve", [72.5, 81, 90])]
def avg(xs):
    return sum(xs) / len(xs)
def letter(score):
    if score >= 90: return "A"
    elif score >= 80: return "B"
    elif score >= 70: return "C"
    elif score >= 60: return "D"
    return "F"
for name, scores in data:
    try:
        a = avg(scores)
        print("%-8s %6.2f %s" % (name.title(), a, letter(a)))
    except ZeroDivisionError as e:
        print("%-8s   n/a  (%s)" % (name.title(), e))
best = max((n for n, s in data if s), key=lambda n: avg(dict(data)[n]))
print("best:", best)
print("{:=^30}".format(" summary "))
print("{0:>10} {1:>10.1%}".format("passrate", sum(1 for n, s in data if s and avg(s) >= 60) / len(data)))

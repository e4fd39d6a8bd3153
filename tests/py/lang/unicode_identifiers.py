# unicode identifiers and strings
café = 3
naïve = 4
print(café + naïve)
π = 3.14159
print(π)
变量 = "chinese"
print(变量)
def grüße(name):
    return "Hallo " + name
print(grüße("Welt"))
Δx = 0.5
print(Δx * 2)
_ü = 1
print(_ü)
ñ1 = [1, 2]
print(ñ1)
print("ok" if "é" == "\u00e9" else "no")
λ = lambda x: x + 1
print(λ(1))

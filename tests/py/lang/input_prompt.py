# input(prompt) writes the prompt to stdout without a newline
a = input("Enter a: ")
b = input("Enter b: ")
print()
print(int(a) * int(b))
c = input("")
print("[" + c + "]")
d = input(42)
print(d)

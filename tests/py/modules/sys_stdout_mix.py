import sys
print("a", end="")
sys.stdout.write("b")
print("c")
sys.stdout.write("1\n2\n")
print("3", "4", sep="\n")
w = sys.stdout.write
count = w("partial ")
w(str(count) + "\n")
for i in range(3):
    sys.stdout.write(f"[{i}]")
sys.stdout.write("\n")
print("tab\tseparated", file=sys.stdout)
print("to stdout via file=", "x", sep="|", file=sys.stdout)
sys.stdout.flush()
print(sys.stdout.write("") , sys.stdout.write("é\n"))
lines = ["alpha", "beta", "gamma"]
sys.stdout.write("\n".join(lines) + "\n")
print(*lines, sep=", ", end=".\n")

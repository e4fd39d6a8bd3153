import sys
print(sys.maxsize, sys.maxsize + 1, -sys.maxsize - 1)
print(type(sys.argv).__name__, len(sys.argv), sys.argv[0].endswith("sys_basic.py"))
n = sys.stdout.write("written without newline")
print()
print(n)
sys.stdout.write("line A\n")
sys.stdout.write("")
sys.stdout.write("x" + "y" * 3 + "\n")
print("after write", flush=True)
print(sys.maxsize.bit_length(), 2 ** 63 - 1 == sys.maxsize)
try:
    sys.stdout.write(5)
except TypeError as e:
    print(type(e).__name__, e)

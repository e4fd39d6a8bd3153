import sys
args = sys.argv[1:]
print(args, len(args))
sys.argv.append("extra")
print(sys.argv[-1], len(sys.argv))
print(sys.maxsize > 2 ** 62, isinstance(sys.maxsize, int))
out = sys.stdout
out.write("via alias\n")
sys.stdout.write(str(42) + "\n")
sys.stdout.write("%d-%s\n" % (1, "x"))

import sys
def check(values):
    for v in values:
        if v < 0:
            print("negative value found:", v)
            sys.exit(2)
        print("ok", v)
try:
    check([1, 2, -3, 4])
except SystemExit as e:
    print("SystemExit code", e.code, type(e.code).__name__)
    print(isinstance(e, BaseException), isinstance(e, Exception))
try:
    sys.exit([1, 2])
except SystemExit as e:
    print("code is", e.code)
print("continuing")
check([5])
sys.exit(0)

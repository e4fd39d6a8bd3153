import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit", e.code)
try:
    sys.exit("msg")
except SystemExit as e:
    print("caught", repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("caught", e.code)
try:
    sys.exit(None)
except SystemExit as e:
    print("caught", e.code)
try:
    sys.exit(1)
finally:
    print("finally runs before exit")

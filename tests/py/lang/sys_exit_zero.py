# sys.exit(0) and sys.exit() are successful exits
import sys
print("start")
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit", e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print("no arg code:", e.code)
try:
    sys.exit("text")
except SystemExit as e:
    print("text code:", e.code)
print("exiting with 0")
sys.exit(0)
print("not reached")

import sys
print("clean exit")
sys.exit()
print("unreachable")

import sys
print("exit with True is exit code 1")
sys.exit(True)

import sys
print("working")
sys.exit("error: giving up")

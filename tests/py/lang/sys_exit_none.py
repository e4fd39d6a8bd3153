# sys.exit(None) exits with status 0; raising SystemExit directly works too
import sys
print("a")
try:
    raise SystemExit(7)
except SystemExit as e:
    print("raised directly", e.code)
print("b")
sys.exit(None)

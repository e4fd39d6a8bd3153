# sys.exit with an integer status
import sys
print("before exit")
def cleanup():
    try:
        sys.exit(3)
    finally:
        print("finally runs on exit")
cleanup()
print("not reached")

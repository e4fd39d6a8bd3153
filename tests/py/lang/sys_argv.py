# sys.argv and sys.maxsize
import sys
print(sys.argv)
print(len(sys.argv), sys.argv[0])
print(type(sys.argv).__name__)
print(sys.maxsize)
print(sys.maxsize == 2**63 - 1)
print(sys.maxsize + 1)
print(-sys.maxsize - 1)
print(type(sys.maxsize).__name__)

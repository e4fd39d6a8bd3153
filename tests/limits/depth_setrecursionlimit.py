# args: --max-depth 5000
# status: ok
# stdout: 4000\n
import sys
sys.setrecursionlimit(10**6)
def f(n):
    return n if n == 4000 else f(n + 1)
print(f(1))

# status: ok
# stdout: closed __import__\nclosed __import__ call\nclosed __builtins__\nclosed __builtins__ in function\nclosed __import__ in class body\nclosed eval __import__\n
try:
    __import__
    print("open __import__")
except NameError:
    print("closed __import__")
try:
    __import__("math")
    print("open __import__ call")
except NameError:
    print("closed __import__ call")
try:
    __builtins__
    print("open __builtins__")
except NameError:
    print("closed __builtins__")

def inside():
    try:
        return __builtins__
    except NameError:
        return None

print("closed __builtins__ in function" if inside() is None else "open __builtins__ in function")

class K:
    try:
        __import__
        state = "open"
    except NameError:
        state = "closed"

print(K.state, "__import__ in class body")
try:
    eval("__import__")
    print("open eval __import__")
except NameError:
    print("closed eval __import__")

class Indent:
    def __init__(self):
        self.level = 0
    def __enter__(self):
        self.level += 1
        return self
    def __exit__(self, *a):
        self.level -= 1
        return False
    def say(self, text):
        print("    " * self.level + text)

ind = Indent()
ind.say("root")
with ind:
    ind.say("child 1")
    with ind:
        ind.say("grandchild")
        with ind:
            ind.say("great-grandchild")
    ind.say("child 2")
ind.say("back to root")

def show_tree(tree, ind):
    name, children = tree
    ind.say(name)
    with ind:
        for child in children:
            show_tree(child, ind)

tree = ("src", [("vm", [("gc.c", []), ("vm.c", [])]), ("README", []), ("tests", [("py", [("with", [])])])])
show_tree(tree, Indent())

class Lock:
    def __init__(self):
        self.held = False
        self.count = 0
    def __enter__(self):
        if self.held:
            raise RuntimeError("lock already held")
        self.held = True
        self.count += 1
        return self
    def __exit__(self, *a):
        self.held = False

lock = Lock()
with lock:
    print("held:", lock.held)
    try:
        with lock:
            print("not reached")
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("still held:", lock.held)
print("released:", lock.held, "acquired", lock.count, "times")
with lock:
    pass
print("acquired", lock.count, "times")

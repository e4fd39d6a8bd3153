class Abort(Exception):
    """Raised without any message."""


class Stage:
    def __init__(self, name, ok):
        self.name = name
        self.ok = ok

    def run(self):
        print("running", self.name)
        if not self.ok:
            raise Abort


try:
    Stage("probe", False).run()
except Abort as e:
    print("probe aborted:", repr(e), repr(str(e)), e.args)
stages = [Stage("fetch", True), Stage("build", True), Stage("deploy", False), Stage("notify", True)]
for s in stages:
    s.run()
print("unreachable")

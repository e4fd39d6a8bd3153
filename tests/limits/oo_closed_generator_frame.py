# status: ok
# stdout: closed generator gi_frame\nclosed generator gi_code\nclosed genexpr gi_frame\nclosed genexpr gi_code\nclosed fresh gi_frame\nclosed fresh gi_code\nclosed gi_frame.f_globals\nclosed gi_code.co_code\n
def gen():
    yield 1
    yield 2

g = gen()
next(g)
ge = (x for x in range(3))
for label, obj in [("generator", g), ("genexpr", ge), ("fresh", gen())]:
    for name in ["gi_frame", "gi_code"]:
        try:
            getattr(obj, name)
            print("open", label, name)
        except AttributeError:
            print("closed", label, name)
try:
    g.gi_frame.f_globals
    print("open gi_frame.f_globals")
except AttributeError:
    print("closed gi_frame.f_globals")
try:
    g.gi_code.co_code
    print("open gi_code.co_code")
except AttributeError:
    print("closed gi_code.co_code")

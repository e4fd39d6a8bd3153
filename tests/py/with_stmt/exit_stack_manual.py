class Named:
    def __init__(self, name, log):
        self.name = name
        self.log = log
    def __enter__(self):
        self.log.append("enter " + self.name)
        return self.name
    def __exit__(self, t, e, tb):
        self.log.append("exit %s (%s)" % (self.name, t.__name__ if t else "-"))
        return self.name == "catcher" and t is not None

class Stack:
    def __init__(self):
        self.managers = []
    def enter(self, cm):
        value = cm.__enter__()
        self.managers.append(cm)
        return value
    def __enter__(self):
        return self
    def __exit__(self, t, e, tb):
        suppressed = False
        while self.managers:
            cm = self.managers.pop()
            if cm.__exit__(t, e, tb):
                suppressed = True
                t = e = tb = None
        return suppressed

log = []
with Stack() as st:
    names = [st.enter(Named(n, log)) for n in ["one", "two", "three"]]
    log.append("body " + ",".join(names))
print("\n".join(log))

log = []
with Stack() as st:
    st.enter(Named("outer", log))
    st.enter(Named("catcher", log))
    st.enter(Named("inner", log))
    raise LookupError("lost")
print("\n".join(log))

log = []
try:
    with Stack() as st:
        for n in "abc":
            st.enter(Named(n, log))
        raise ValueError("kept")
except ValueError as e:
    log.append("caught " + str(e))
print("\n".join(log))

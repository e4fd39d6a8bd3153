class TaskError(Exception):
    def __init__(self, task, reason):
        super().__init__(f"{task}: {reason}")
        self.task = task


def run(task):
    if task.startswith("x"):
        raise TaskError(task, "forbidden prefix")
    if len(task) > 5:
        raise ValueError(f"name too long: {task}")
    return task.upper()


errors = []
results = []
for task in ["ab", "xy", "longname", "cd", "xz"]:
    try:
        results.append(run(task))
    except (TaskError, ValueError) as e:
        errors.append(e)
print(results)
print([repr(e) for e in errors])
print([type(e).__name__ for e in errors])
print([e.task for e in errors if isinstance(e, TaskError)])

saved = errors[0]
for attempt in range(2):
    try:
        raise saved
    except TaskError as e:
        print("raised stored exception again:", e is saved, e)

e1 = TaskError("a", "b")
e2 = TaskError("a", "b")
print(e1 == e2, e1 == e1, e1.args == e2.args, str(e1) == str(e2))
print(len({e1, e2, e1}))
d = {e1: "first"}
print(d[e1], e2 in d)

stash = {}
for i in range(3):
    try:
        [1, 2][i]
    except IndexError as e:
        stash["last"] = e
print(repr(stash["last"]))


def later():
    raise stash["last"]


try:
    later()
except IndexError as e:
    print("later:", e)

classes = [TaskError, ValueError, KeyError]
made = [cls("t", "r") if cls is TaskError else cls("v") for cls in classes]
print([str(m) for m in made])
for exc in made:
    try:
        raise exc
    except tuple(classes) as caught:
        print("caught", type(caught).__name__, caught is exc)

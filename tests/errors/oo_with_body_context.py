class Section:
    def __init__(self, title):
        self.title = title

    def __enter__(self):
        print("begin", self.title)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("end", self.title, exc_type.__name__)
        return False


def load(items):
    with Section("load"):
        return items["missing"]


load({"present": 1})

# status: ok
# stdout: closed object\nclosed object().__class__\nclosed type\nclosed int\nclosed Base\nclosed tuple mro\nclosed call\nclosed type(object)\n
class Base:
    pass

class Child(Base):
    pass

checks = [
    ("object", lambda: object.__subclasses__),
    ("object().__class__", lambda: object().__class__.__subclasses__),
    ("type", lambda: type.__subclasses__),
    ("int", lambda: int.__subclasses__),
    ("Base", lambda: Base.__subclasses__),
    ("tuple mro", lambda: ().__class__.__mro__[-1].__subclasses__),
    ("call", lambda: object.__subclasses__()),
    ("type(object)", lambda: type(object).__subclasses__(object)),
]
for label, get in checks:
    try:
        get()
        print("open", label)
    except AttributeError:
        print("closed", label)

class Oops(Exception):
    pass


try:
    raise Oops("first")
except Oops as err:
    print("inside handler:", err)
try:
    print(err)
except NameError as e:
    print("NameError:", e)

err = "a value before the try"
try:
    raise Oops("second")
except Oops as err:
    pass
try:
    err
except NameError as e:
    print("NameError even though it existed before:", e)


def keep_it():
    saved = None
    try:
        raise Oops("kept")
    except Oops as e:
        saved = e
    return saved


print(repr(keep_it()))


def local_cleared():
    try:
        raise Oops("local")
    except Oops as e:
        pass
    try:
        return e
    except UnboundLocalError as u:
        return "UnboundLocalError: " + str(u)


print(local_cleared())


def no_exception():
    try:
        x = 1
    except Oops as e:
        x = 2
    try:
        return e
    except UnboundLocalError as u:
        return "never bound: " + str(u)


print(no_exception())

value = "untouched"
for i in range(2):
    try:
        if i == 1:
            raise Oops(i)
    except Oops as value:
        print("caught", repr(value))
try:
    print(value)
except NameError as e:
    print("NameError:", e)


def nested_names():
    try:
        raise Oops("outer")
    except Oops as e:
        outer = e
        try:
            raise ValueError("inner")
        except ValueError as e:
            inner = e
        try:
            e
        except UnboundLocalError:
            print("  inner handler cleared e, even for the outer handler")
    return outer, inner


print(nested_names())

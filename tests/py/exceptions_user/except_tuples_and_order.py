class InputError(Exception):
    pass


class RangeError(InputError):
    pass


class FormatError(InputError):
    pass


def parse_age(text):
    if not text.strip().lstrip("-").isdigit():
        raise FormatError(f"not a number: {text!r}")
    n = int(text)
    if not 0 <= n <= 150:
        raise RangeError(f"out of range: {n}")
    return n


for text in ["42", "-3", "abc", "200", " 7 "]:
    try:
        print("age", parse_age(text))
    except (RangeError, FormatError) as e:
        print(type(e).__name__, "-", e)

handled = (KeyError, IndexError, InputError)
for action in range(5):
    try:
        if action == 0:
            {}["k"]
        elif action == 1:
            [][3]
        elif action == 2:
            raise RangeError("r")
        elif action == 3:
            1 / 0
        else:
            print("no error")
    except handled as e:
        print("handled:", type(e).__name__, e)
    except ArithmeticError as e:
        print("arithmetic:", e)
    else:
        print("else branch")
    finally:
        print("finally", action)

groups = {"lookup": (KeyError, IndexError), "input": (InputError,), "empty": ()}
for name, exc_types in groups.items():
    try:
        raise IndexError("idx")
    except exc_types:
        print(name, "caught IndexError")
    except Exception:
        print(name, "fell through to Exception")

try:
    raise FormatError("x")
except (ValueError, TypeError, InputError) as e:
    print("tuple caught", repr(e))

try:
    try:
        raise RangeError("inner")
    except FormatError:
        print("not here")
except InputError as e:
    print("outer caught", repr(e))

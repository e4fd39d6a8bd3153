# status: ok
# stdout: closed __traceback__.tb_frame\nclosed tb_frame.f_globals\nclosed tb_next.tb_frame.f_back\nclosed __exit__ tb.tb_frame\nclosed custom tb_frame\n
def fail():
    raise ValueError("x")

try:
    fail()
except ValueError as e:
    try:
        e.__traceback__.tb_frame
        print("open __traceback__.tb_frame")
    except AttributeError:
        print("closed __traceback__.tb_frame")
    try:
        e.__traceback__.tb_frame.f_globals
        print("open tb_frame.f_globals")
    except AttributeError:
        print("closed tb_frame.f_globals")
    try:
        e.__traceback__.tb_next.tb_frame.f_back
        print("open tb_next.tb_frame.f_back")
    except AttributeError:
        print("closed tb_next.tb_frame.f_back")

class Spy:
    def __enter__(self):
        return self
    def __exit__(self, t, exc, tb):
        try:
            tb.tb_frame
            print("open __exit__ tb.tb_frame")
        except AttributeError:
            print("closed __exit__ tb.tb_frame")
        return True

with Spy():
    raise KeyError("k")

class MyError(Exception):
    pass

try:
    raise MyError("m")
except MyError as e:
    try:
        getattr(e.__traceback__, "tb_frame")
        print("open custom tb_frame")
    except AttributeError:
        print("closed custom tb_frame")

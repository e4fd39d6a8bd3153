# nested try blocks
def level(n):
    try:
        try:
            try:
                if n == 0:
                    raise ValueError("v")
                if n == 1:
                    raise KeyError("k")
                if n == 2:
                    raise TypeError("t")
                return "none"
            except ValueError:
                return "inner handled"
            finally:
                print("  inner finally", n)
        except KeyError:
            return "middle handled"
        finally:
            print("  middle finally", n)
    except TypeError:
        return "outer handled"
for n in range(4):
    print(level(n))
try:
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise TypeError("b")
        except TypeError as e:
            print("handled inner", e)
        print("back in outer handler")
except Exception:
    print("not reached")
print("done")

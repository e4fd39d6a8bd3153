class StorageError(Exception):
    pass


class ConfigError(Exception):
    pass


def read_setting(settings, key):
    try:
        return settings[key]
    except KeyError as e:
        raise ConfigError(f"missing setting {key!r}") from e


def convert(value):
    try:
        return int(value)
    except ValueError as e:
        raise ConfigError(f"bad integer {value!r}") from e


def load(settings):
    try:
        return convert(read_setting(settings, "port"))
    except ConfigError as e:
        raise StorageError("cannot load configuration") from e


for settings in [{"port": "8080"}, {}, {"port": "eighty"}]:
    try:
        print("port", load(settings))
    except StorageError as e:
        chain = []
        cur = e
        while cur is not None:
            chain.append(f"{type(cur).__name__}({cur})")
            cur = cur.__cause__
        print(" <- ".join(chain))
        print("  suppress:", e.__suppress_context__, "context is cause:", e.__context__ is e.__cause__)

try:
    raise ConfigError("no cause")
except ConfigError as e:
    print(e.__cause__, e.__context__, e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ConfigError("hidden context") from None
except ConfigError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

cause = ValueError("explicit")
try:
    raise StorageError("with instance cause") from cause
except StorageError as e:
    print(e.__cause__ is cause, repr(e.__cause__), e.__context__)

try:
    raise StorageError("class as cause") from KeyError
except StorageError as e:
    print(repr(e.__cause__), type(e.__cause__).__name__)

try:
    raise StorageError("bad cause") from 5
except TypeError as e:
    print("TypeError:", e)

err = StorageError("manual")
err.__cause__ = ConfigError("set by hand")
print(repr(err.__cause__), err.__suppress_context__)

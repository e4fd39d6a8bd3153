class AppError(Exception):
    code = 1


class ConfigError(AppError):
    code = 10


class MissingKey(ConfigError, KeyError):
    code = 11


class BadValue(ConfigError, ValueError):
    code = 12


class NetworkError(AppError):
    code = 20


class Timeout(NetworkError):
    code = 21


print([k.__name__ for k in MissingKey.__mro__])
print([k.__name__ for k in BadValue.__mro__])
errors = [MissingKey("port"), BadValue("port=abc"), Timeout("30s"), NetworkError("down"), AppError("?"), KeyError("k")]
for err in errors:
    try:
        raise err
    except ConfigError as e:
        print(f"config problem [{e.code}]:", e)
    except NetworkError as e:
        print(f"network problem [{e.code}]:", e)
    except AppError as e:
        print(f"app problem [{e.code}]:", e)
    except Exception as e:
        print("other:", type(e).__name__, e)

for err in errors:
    print(type(err).__name__, isinstance(err, AppError), isinstance(err, KeyError), isinstance(err, (ValueError, NetworkError)))

try:
    raise MissingKey("host")
except KeyError as e:
    print("caught as KeyError:", e, repr(e))

try:
    raise BadValue("x")
except ValueError as e:
    print("caught as ValueError:", e, e.code)

try:
    {}["missing"]
except AppError:
    print("wrong")
except LookupError as e:
    print("builtin KeyError is a LookupError:", e)


def handler_order(exc):
    try:
        raise exc
    except Timeout:
        return "Timeout"
    except NetworkError:
        return "NetworkError"
    except AppError:
        return "AppError"


print([handler_order(e) for e in [Timeout(), NetworkError(), ConfigError(), MissingKey()]])
print(sorted([(type(e).code, type(e).__name__) for e in errors if isinstance(e, AppError)]))
print(issubclass(Timeout, AppError), issubclass(AppError, Timeout), Timeout.__base__.__name__)

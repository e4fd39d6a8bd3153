class ConfigError(Exception):
    pass


class Server:
    instances = 0

    def __init__(self, host, port):
        print(f"  __init__ start {host}:{port}")
        if not isinstance(port, int):
            raise TypeError(f"port must be int, not {type(port).__name__}")
        if not 0 < port < 65536:
            raise ConfigError(f"port {port} out of range")
        self.host = host
        self.port = port
        Server.instances += 1
        print("  __init__ done")

    def __repr__(self):
        return f"Server({self.host}:{self.port})"


servers = []
for host, port in [("a", 80), ("b", "8080"), ("c", 70000), ("d", 443)]:
    try:
        servers.append(Server(host, port))
    except (TypeError, ConfigError) as e:
        print(f"failed {host}: {type(e).__name__}: {e}")
print(servers, Server.instances)


class Resource:
    opened = []

    def __init__(self, name, fail_at=None):
        self.name = name
        Resource.opened.append(name)
        try:
            self.setup(fail_at)
        except Exception:
            Resource.opened.remove(name)
            print(f"  rolled back {name}")
            raise

    def setup(self, fail_at):
        for step in ["connect", "auth", "ready"]:
            if step == fail_at:
                raise ConfigError(f"{self.name}: failed during {step}")


for name, fail in [("r1", None), ("r2", "auth"), ("r3", "ready"), ("r4", None)]:
    try:
        Resource(name, fail)
        print("created", name)
    except ConfigError as e:
        print("error:", e)
print(Resource.opened)


class Base:
    def __init__(self, value):
        if value is None:
            raise ValueError("Base refuses None")
        self.value = value


class Child(Base):
    def __init__(self, value):
        print("  Child before super")
        super().__init__(value)
        print("  Child after super")


for v in [1, None]:
    try:
        c = Child(v)
        print("Child ok", c.value)
    except ValueError as e:
        print("ValueError:", e)


class Validating:
    def __new__(cls, x):
        if x < 0:
            raise ValueError("negative in __new__")
        return super().__new__(cls)

    def __init__(self, x):
        self.x = x


for x in [2, -2]:
    try:
        print(Validating(x).x)
    except ValueError as e:
        print("ValueError:", e)

class ConfigError(Exception):
    def __init__(self, lineno, message):
        super().__init__(lineno, message)
        self.lineno = lineno
        self.message = message

    def __str__(self):
        return f"line {self.lineno}: {self.message}"


class DuplicateKey(ConfigError):
    pass


class BadSection(ConfigError):
    pass


class Config:
    def __init__(self, text):
        self.sections = {}
        section = None
        for lineno, raw in enumerate(text.splitlines(), 1):
            line = raw.split("#")[0].strip()
            if not line:
                continue
            if line.startswith("["):
                if not line.endswith("]") or len(line) < 3:
                    raise BadSection(lineno, f"malformed section header {line!r}")
                section = self.sections.setdefault(line[1:-1].strip(), {})
                continue
            if "=" not in line:
                raise ConfigError(lineno, f"expected key = value, got {line!r}")
            if section is None:
                raise ConfigError(lineno, "key outside of any section")
            key, value = [p.strip() for p in line.split("=", 1)]
            if key in section:
                raise DuplicateKey(lineno, f"duplicate key {key!r}")
            section[key] = self.convert(value)

    @staticmethod
    def convert(value):
        for cast in (int, float):
            try:
                return cast(value)
            except ValueError:
                pass
        if value.lower() in ("true", "false"):
            return value.lower() == "true"
        return value

    def get(self, section, key, default=None):
        return self.sections.get(section, {}).get(key, default)


good = """
# sample
[server]
host = example.org
port = 8080
ratio = 0.75   # inline comment
[flags]
debug = True
"""
c = Config(good)
print(c.sections)
print(c.get("server", "port") + 1, c.get("flags", "debug"), c.get("x", "y", "dflt"))
bad_inputs = [
    "[a]\nk = 1\nk = 2",
    "[oops\nk=1",
    "k = 1",
    "[s]\njust words",
    "[]",
    "[ok]\n\n\n# fine\nx=1\n[ok]\nx=2",
]
for text in bad_inputs:
    try:
        Config(text)
        print("parsed fine")
    except ConfigError as e:
        print(f"{type(e).__name__:<13}", e, "| lineno", e.lineno, "| args", e.args)

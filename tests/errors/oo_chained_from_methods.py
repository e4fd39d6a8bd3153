class ConfigError(Exception):
    pass


class Config:
    def __init__(self, values):
        self.values = values

    def get_int(self, key):
        try:
            return self.lookup(key)
        except KeyError as e:
            raise ConfigError(f"missing setting {key!r}") from e

    def lookup(self, key):
        return int(self.values[key])


cfg = Config({"port": "8080"})
print(cfg.get_int("port"))
print(cfg.get_int("timeout"))

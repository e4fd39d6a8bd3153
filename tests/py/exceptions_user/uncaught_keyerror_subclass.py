class MissingSetting(KeyError):
    pass


class Settings:
    def __init__(self, **values):
        self.values = values

    def __getitem__(self, key):
        if key not in self.values:
            raise MissingSetting(key)
        return self.values[key]


s = Settings(host="localhost", port=8080)
print(s["host"], s["port"])
try:
    s["debug"]
except KeyError as e:
    print("KeyError caught:", e, repr(e), e.args)
print(s["timeout"])

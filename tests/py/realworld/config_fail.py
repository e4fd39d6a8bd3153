CONFIG = """
host = example.org
port = 80a80
retries = 3
timeout = 2.5
"""
def parse_config(text):
    cfg = {}
    for n, line in enumerate(text.strip().splitlines(), 1):
        key, _, value = line.partition("=")
        cfg[key.strip()] = value.strip()
    return cfg
def typed(cfg, key, conv):
    try:
        return conv(cfg[key])
    except ValueError as e:
        raise ValueError(f"config key {key!r}: {e}") from e
cfg = parse_config(CONFIG)
print(sorted(cfg.items()))
print("retries:", typed(cfg, "retries", int))
print("timeout:", typed(cfg, "timeout", float))
print("port:", typed(cfg, "port", int))

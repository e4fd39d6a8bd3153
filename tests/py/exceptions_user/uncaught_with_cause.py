class LoaderError(Exception):
    pass


def parse_number(text):
    try:
        return float(text)
    except ValueError as e:
        raise LoaderError(f"could not parse {text!r} as a number") from e


try:
    parse_number("1,5")
except LoaderError as e:
    print("handled:", e)
    print("cause:", repr(e.__cause__))

data = ["1.5", "2", "3e2", "four", "5"]
values = []
for item in data:
    values.append(parse_number(item))
    print("loaded", values[-1])
print(sum(values))

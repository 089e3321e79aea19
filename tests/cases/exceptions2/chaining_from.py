class ConfigError(Exception):
    pass

def load(d, key):
    try:
        return int(d[key])
    except KeyError as e:
        raise ConfigError(f"missing {key}") from e
    except ValueError:
        raise ConfigError(f"bad {key}") from None

for key in ["a", "b", "c"]:
    try:
        print(load({"a": "1", "b": "x"}, key))
    except ConfigError as e:
        print(e, type(e.__cause__).__name__, e.__suppress_context__, type(e.__context__).__name__)

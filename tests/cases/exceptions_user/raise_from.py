# raise ... from ... sets __cause__.
class ConfigError(Exception):
    pass

def load(d, key):
    try:
        return d[key]
    except KeyError as e:
        raise ConfigError('missing ' + key) from e

try:
    load({}, 'port')
except ConfigError as e:
    print('caught:', e)
    print(type(e.__cause__).__name__, e.__cause__)
    print(e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ConfigError('no context') from None
except ConfigError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)

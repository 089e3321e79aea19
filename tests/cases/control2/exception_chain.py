class AppError(Exception):
    pass
def load(key):
    data = {'a': 1}
    try:
        return data[key]
    except KeyError as e:
        raise AppError(f'missing {key}') from e
try:
    load('b')
except AppError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)
def nested():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise ValueError('inner')
    except ValueError as e:
        print('caught', e, 'context:', type(e.__context__).__name__)
        return 'ok'
print(nested())
load('zzz')

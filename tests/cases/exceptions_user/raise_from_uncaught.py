# Uncaught exception chained with raise from.
class StorageError(Exception):
    pass

def read(store, key):
    try:
        return store[key]
    except KeyError as exc:
        raise StorageError('cannot read ' + repr(key)) from exc

print(read({'a': 1}, 'a'))
read({'a': 1}, 'b')

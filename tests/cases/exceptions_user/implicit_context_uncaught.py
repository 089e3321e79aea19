# Exception raised while handling another shows both tracebacks.
class CleanupError(Exception):
    pass

def work():
    try:
        [1, 2][5]
    except IndexError:
        raise CleanupError('cleanup failed')

work()

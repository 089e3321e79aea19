def f():
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError('bad value') from z

def g():
    try:
        f()
    except ValueError:
        raise KeyError('k')

g()

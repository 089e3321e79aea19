def f():
    raise ValueError('inner')
def g():
    try:
        f()
    except ValueError as e:
        raise TypeError('wrapped') from e
errs = []
for fn in (f, g):
    try:
        fn()
    except Exception as e:
        errs.append(e)
errs.append(KeyError('k'))
raise ExceptionGroup('outer', [ExceptionGroup('nested', errs), OSError('plain')])

# with-statement and a custom context manager.
class Ctx:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None)
        return exc_type is KeyError

with Ctx('a') as v:
    print('body', v)
with Ctx('b'):
    {}['missing']
print('suppressed')
with Ctx('outer'), Ctx('inner') as i:
    print('nested', i)
try:
    with Ctx('c'):
        1 / 0
except ZeroDivisionError:
    print('propagated')

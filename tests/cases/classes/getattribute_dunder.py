# __getattribute__ intercepts every attribute lookup.
class Logged:
    def __init__(self):
        self.a = 1

    def __getattribute__(self, name):
        if not name.startswith('__'):
            print('lookup', name)
        return object.__getattribute__(self, name)

    def method(self):
        return 'm'

o = Logged()
print(o.a)
print(o.method())
try:
    o.zzz
except AttributeError as e:
    print('caught:', e)
class Fallback:
    def __getattribute__(self, name):
        raise AttributeError(name)

    def __getattr__(self, name):
        return 'fallback for ' + name
print(Fallback().anything)

# __setattr__ and __delattr__.
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, 'x', x)

    def __setattr__(self, name, value):
        raise AttributeError('cannot set ' + name)

    def __delattr__(self, name):
        raise AttributeError('cannot delete ' + name)

class Recorder:
    def __setattr__(self, name, value):
        print('set', name, '=', value)
        super().__setattr__(name, value)

f = Frozen(3)
print(f.x)
try:
    f.x = 4
except AttributeError as e:
    print('caught:', e)
try:
    del f.x
except AttributeError as e:
    print('caught:', e)
r = Recorder()
r.a = 1
r.a += 1
print(r.a, r.__dict__)

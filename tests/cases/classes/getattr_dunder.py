# __getattr__ is only called for missing attributes.
class Proxy:
    def __init__(self, target):
        self.target = target

    def __getattr__(self, name):
        print('__getattr__', name)
        if name.startswith('x_'):
            return 'virtual ' + name
        return getattr(self.target, name)

class Target:
    color = 'red'

    def hello(self):
        return 'hello from target'

p = Proxy(Target())
print(p.color)
print(p.hello())
print(p.x_anything)
print(p.target.color)
try:
    p.missing
except AttributeError as e:
    print('caught:', e)
print(hasattr(p, 'nope'))

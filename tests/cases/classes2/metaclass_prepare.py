class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name)
        d = {}
        d['injected'] = 42
        return d
    def __new__(mcls, name, bases, ns):
        keys = [k for k in ns if not k.startswith('__')]
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = keys
        return cls

class S(metaclass=OrderedMeta):
    zeta = 1
    alpha = 2
    def mid(self):
        pass

print(S.order)
print(S.injected)

# __new__ controls instance creation.
class Single:
    _inst = None

    def __new__(cls, *args):
        print('__new__', args)
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst

    def __init__(self, v):
        print('__init__', v)
        self.v = v

a = Single(1)
b = Single(2)
print(a is b, a.v)
class NotInit:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never')
print(NotInit())

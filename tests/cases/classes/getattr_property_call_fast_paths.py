# Attribute and call paths that are cached per class: __getattr__ for missing names, property
# setters, instances with __call__, and what happens when the class changes under them.
class G:
    def __init__(self):
        self.real = 'real'
    def __getattr__(self, name):
        if name == 'boom':
            raise AttributeError('custom boom')
        return ('hook', name)
    def method(self):
        return 'method'


def read_foo(o):
    return o.foo

def read_real(o):
    return o.real

def read_boom(o):
    try:
        return o.boom
    except AttributeError as e:
        return 'AttributeError: %s' % e


g = G()
for i in range(3):
    print(read_foo(g), read_real(g), read_boom(g), g.method())
    if i == 0:
        g.foo = 'instance foo'
    elif i == 1:
        del g.foo
        G.__getattr__ = lambda self, name: ('new hook', name)


class WithProp:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, value):
        print('set', value)
        self._v = value * 2
    @property
    def ro(self):
        return 'ro'
    @property
    def failing(self):
        raise AttributeError('from getter')


class PropAndGetattr(WithProp):
    def __getattr__(self, name):
        return ('fallback', name)


def set_v(o, x):
    o.v = x

def set_ro(o):
    try:
        o.ro = 1
    except AttributeError as e:
        print('AttributeError:', e)


w = WithProp()
for i in range(3):
    set_v(w, i)
    print(w.v, w._v)
    set_ro(w)
    if i == 1:
        WithProp.v = property(lambda self: 'replaced', lambda self, value: print('new setter', value))
p = PropAndGetattr()
print(p.failing, p.missing)
try:
    WithProp().failing
except AttributeError as e:
    print('AttributeError:', e)


class Callable:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, scale=1):
        return (self.n + x) * scale


def call_it(f, x):
    return f(x)


c = Callable(10)
for i in range(3):
    print(call_it(c, i), c(i, scale=3))
    if i == 1:
        Callable.__call__ = lambda self, x, scale=0: ('replaced', x, scale)
try:
    call_it(Callable(1), 1, )
    print(Callable(1)(1, 2))
except TypeError as e:
    print('TypeError:', e)


class NotCallable:
    pass
try:
    call_it(NotCallable(), 1)
except TypeError as e:
    print('TypeError:', e)

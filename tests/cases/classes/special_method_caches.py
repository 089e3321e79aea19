# Special methods called from one site while classes change under it: the per-class caches
# must follow every change (method replaced, added, deleted, __class__ reassigned, many classes).
class A:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return ('A.add', self.v)
    def __eq__(self, o):
        return NotImplemented
    def __len__(self):
        return self.v
    def __getitem__(self, k):
        return ('A.get', k)


class B(A):
    def __radd__(self, o):
        return ('B.radd', self.v)


def site_add(x, y):
    return x + y

def site_eq(x, y):
    return x == y, x != y

def site_len(x):
    return len(x)

def site_get(x, k):
    return x[k]

def site_bool(x):
    return 'yes' if x else 'no'

def site_hash(x):
    return hash(x)


def t(f, *args):
    try:
        return f(*args)
    except TypeError as e:
        return 'TypeError: %s' % e


a, b = A(1), B(2)
for round in range(3):
    print(round, t(site_add, a, a), t(site_add, a, b), t(site_add, b, a), t(site_add, 1, b))
    print(site_eq(a, a), site_eq(a, A(1)), site_len(a), site_get(a, round), site_bool(a), site_bool(A(0)))
    if round == 0:
        A.__add__ = lambda self, o: ('new add', getattr(o, 'v', o))
        A.__eq__ = lambda self, o: self.v == o.v
        A.__getitem__ = staticmethod(lambda k: ('static', k))
        A.__bool__ = lambda self: self.v > 5
    elif round == 1:
        del A.__add__
        del A.__bool__
        A.__len__ = lambda self: True
        B.__getitem__ = lambda self, k: ('B.get', k)
    try:
        print(site_add(a, 1))
    except TypeError as e:
        print('TypeError:', e)

# __class__ reassignment changes which class answers.
class C:
    def __len__(self):
        return 10
    def __hash__(self):
        return -1
class D:
    def __len__(self):
        return 20
    def __hash__(self):
        return 2**70
obj = C()
for i in range(4):
    print(site_len(obj), site_hash(obj))
    obj.__class__ = D if obj.__class__ is C else C

# Many classes through one site (past the inline caches).
classes = [type('K%d' % i, (), {'__len__': (lambda n: lambda self: n)(i),
                                '__getitem__': (lambda n: lambda self, k: (n, k))(i),
                                '__eq__': (lambda n: lambda self, o: n)(i)}) for i in range(8)]
for rnd in range(2):
    print([site_len(k()) for k in classes], [site_get(k(), 'x')[0] for k in classes])
    print([site_eq(k(), 1) for k in classes][:3])

# Results checked as CPython checks them.
class BadLen:
    def __init__(self, r):
        self.r = r
    def __len__(self):
        return self.r
for r in [3, True, -1, 2**70, 'x', 1.5]:
    try:
        print(repr(r), site_len(BadLen(r)), site_bool(BadLen(r)))
    except (TypeError, ValueError, OverflowError) as e:
        print(repr(r), type(e).__name__, e)

class BadBool:
    def __bool__(self):
        return 1
try:
    site_bool(BadBool())
except TypeError as e:
    print(e)

class BadHash:
    def __init__(self, r):
        self.r = r
    def __hash__(self):
        return self.r
for r in [5, -1, True, 2**64, -2**64, 'x', None]:
    try:
        print(repr(r), site_hash(BadHash(r)))
    except TypeError as e:
        print(repr(r), e)

class NoHash:
    __hash__ = None
try:
    site_hash(NoHash())
except TypeError as e:
    print(e)

# Iteration protocol through cached __iter__/__next__.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
class MyStop(StopIteration):
    pass
class Stops:
    def __iter__(self):
        return self
    def __next__(self):
        raise MyStop
class NotIter:
    def __iter__(self):
        return 42
for rnd in range(2):
    print(list(Countdown(3)), [x for x in Countdown(2)], list(Stops()), 1 in Countdown(3), 5 in Countdown(3))
    try:
        for x in NotIter():
            pass
    except TypeError as e:
        print(e)

# __contains__ results go through truth testing; a callable instance as a special method.
class Truthy:
    def __init__(self, v):
        self.v = v
    def __contains__(self, x):
        return self.v
class Getter:
    def __call__(self, *args):
        return ('called', len(args))
class UsesGetter:
    __getitem__ = Getter()
for rnd in range(2):
    print([1 in Truthy(v) for v in (0, 1, [], [0], '', 'a', None)], site_get(UsesGetter(), 3))

# Reflected comparisons and the subclass rule.
class P:
    def __lt__(self, o):
        return 'P.lt'
    def __gt__(self, o):
        return 'P.gt'
class Q(P):
    def __gt__(self, o):
        return 'Q.gt'
class R:
    pass
for rnd in range(2):
    print(P() < Q(), Q() < P(), P() < P(), R() > P(), 1 < P())
    try:
        R() < R()
    except TypeError as e:
        print(e)

# Attributes of builtin objects and types: data descriptors in the types' dicts, special methods
# of complex, None and range as attributes, the copy protocol's __getstate__, and the like.
print(int.real, float.imag, complex.real, range.start, slice.stop, BaseException.args)
print(property.fget, staticmethod.__func__, classmethod.__wrapped__, type(len).__self__, super.__thisclass__)
print(type(int.__dict__['real']).__name__, type(range.__dict__['step']).__name__, int.real.__name__,
      int.real.__objclass__, int.real.__qualname__)
print(int.__dict__['real'].__get__(7), int.__dict__['real'].__get__(None, int) is int.real)
print((5).real, (5).imag, (6).numerator, (6).denominator, True.real, (2.5).imag, (1 + 2j).imag)
r = range(1, 10, 3)
print(r.start, r.stop, r.step, range(2 ** 70).stop, len(r), r.__len__(), r.__getitem__(2), r.__contains__(7),
      list(r.__iter__()), list(r.__reversed__()), range(0).__bool__())
print(sorted(k for k in vars(range) if not k.startswith('_')), sorted(k for k in dir(5) if not k.startswith('_')))

# complex's special methods as attributes
z = 3 + 4j
print(z.__add__(1), z.__radd__(1.5), z.__sub__(1j), z.__rsub__(1), z.__mul__(2), z.__truediv__(2),
      z.__rtruediv__(1), z.__pow__(2), z.__rpow__(2), z.__neg__(), z.__pos__(), z.__abs__(), z.__bool__(),
      (0j).__bool__())
print(z.__add__('x'), z.__eq__(3 + 4j), z.__ne__(3), z.__lt__(1), z.__eq__('x'), z.__hash__() == hash(z))
try:
    z.__pow__(2, 3)
except ValueError as e:
    print('ValueError', e)
print(None.__bool__(), float.__getformat__('double'), float.__getformat__('float'))
try:
    float.__getformat__('int')
except ValueError as e:
    print('ValueError', e)
print('abc'.__getnewargs__(), (1, 2).__getnewargs__(), (5).__getnewargs__())

# iterators that know their length
it = iter([1, 2, 3])
next(it)
print(it.__length_hint__(), iter((1,)).__length_hint__(), iter('abcd').__length_hint__(), iter(range(7)).__length_hint__())
print(hasattr(iter({}), '__length_hint__'), hasattr(map(len, []), '__length_hint__'), hasattr(zip(), '__length_hint__'))

# generic aliases from the builtin containers
print(list.__class_getitem__(int), dict[str, list[int]], tuple[int, ...], set[bytes], frozenset[int],
      enumerate[str], type(list[int]).__name__, list[int].__origin__, dict[str, int].__args__)

# descriptors kinds, as CPython names them
print(type(object.__dict__['__reduce_ex__']).__name__, type(object.__dict__['__getstate__']).__name__,
      type(object.__dict__['__eq__']).__name__, type(int.__dict__['__round__']).__name__,
      type(int.__dict__['__add__']).__name__, type(list.__dict__['__class_getitem__']).__name__)
print(object.__reduce_ex__, int.__round__, list.__reversed__, object.__format__)

# property / staticmethod / classmethod abstractness, property.__set_name__
def abstract(f):
    f.__isabstractmethod__ = True
    return f
print(property(abstract(lambda s: 1)).__isabstractmethod__, property(lambda s: 1).__isabstractmethod__,
      staticmethod(abstract(lambda: 1)).__isabstractmethod__, classmethod(len).__isabstractmethod__)
class P:
    pass
p = property(lambda self: 1)
p.__set_name__(P, 'renamed')
P.x = p
try:
    P().x = 5
except AttributeError as e:
    print('AttributeError', e)

# builtin functions' module and self
import sys
print(len.__module__, len.__self__ is __builtins__ or len.__self__.__name__, sys.exit.__module__, len.__text_signature__ is None or True)

# exceptions carry a dict; __reduce__ and __setstate__
e = ValueError('bad', 2)
print(e.__dict__, e.__reduce__())
e.note = 'n'
print(e.__dict__, e.__reduce__())
e.__setstate__({'extra': 1, 'other': [2]})
print(sorted(e.__dict__.items()), e.extra)

# object.__getstate__
class Plain:
    pass
class WithSlots:
    __slots__ = ('a', '__b')
    def __init__(self):
        self.a = 1
        self.__b = 2
class Both(WithSlots):
    def __init__(self):
        super().__init__()
        self.c = 3
o = Plain()
print(o.__getstate__())
o.x = 1
print(o.__getstate__(), o.__getstate__() is o.__dict__)
print(WithSlots().__getstate__(), Both().__getstate__())
s = WithSlots()
del s.a
print(s.__getstate__())

# __reduce_ex__ goes to a class's own __reduce__
class R:
    def __reduce__(self):
        return (R, ())
print(R().__reduce_ex__(2), R().__reduce_ex__(0))

# memoryview iterates its items; super's bound class
print(list(memoryview(b'xyz')), memoryview(b'ab').contiguous, memoryview(b'abcd')[::2].c_contiguous,
      memoryview(b'').suboffsets)
class A:
    def m(self):
        s = super()
        return s.__thisclass__, s.__self_class__, s.__self__ is self
print(A().m())

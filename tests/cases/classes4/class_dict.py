class C:
    x = 1
    def m(self):
        return 2
class E:
    def __eq__(self, other):
        return True
class S:
    __slots__ = ('a', '__weakref__')
class Sd(S):
    __slots__ = ('__dict__',)
class Sub(C):
    y = 2
for cls in (C, E, S, Sd, Sub):
    print(cls.__name__, list(cls.__dict__))
print(C.__dict__['__dict__'], C.__dict__['__weakref__'], S.__dict__['a'])
print(type(C.__dict__).__name__, type(C.__dict__['__dict__']).__name__, C.__dict__['x'], 'm' in C.__dict__)
print(len(Sub.__dict__), sorted(Sub.__dict__.keys()), Sub.__dict__.get('y'), Sub.__dict__.get('zz', 'none'))
print(repr(Sub.__dict__).startswith("mappingproxy({'__module__': '__main__', 'y': 2"))
c = C()
c.z = 5
print(c.__dict__, vars(c), c.__weakref__, hasattr(S(), '__weakref__'), hasattr(S(), '__dict__'), Sd().__dict__)
C.w = 9
print('w' in C.__dict__, E.__hash__, [k for k in E.__dict__])
try:
    C.__dict__['x'] = 2
except TypeError as e:
    print('TypeError', e)

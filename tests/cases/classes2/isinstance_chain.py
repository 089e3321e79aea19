class A: pass
class B(A): pass
class C(B): pass
class D: pass
class E(C, D): pass

e = E()
for cls in (A, B, C, D, E, object):
    print(cls.__name__, isinstance(e, cls), issubclass(E, cls), issubclass(cls, E))
print(isinstance(e, (D, int)), isinstance(3, (str, float)))
print(issubclass(bool, int), issubclass(int, (str, object)))
print([c.__name__ for c in E.__mro__])
print(B.__bases__[0].__name__, [b.__name__ for b in E.__bases__])

# Catching the MRO TypeError and duplicate base errors.
class A: pass
class B(A): pass
try:
    class C(A, B): pass
except TypeError as e:
    print('caught:', e)
try:
    class D(A, A): pass
except TypeError as e:
    print('caught:', e)
class E(B, A): pass
print([c.__name__ for c in E.__mro__])

# isinstance, issubclass and type() identity.
class A: pass
class B(A): pass
class C: pass

b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C))
print(isinstance(b, (C, A)), isinstance(b, (C, int)))
print(issubclass(B, A), issubclass(A, B), issubclass(B, B), issubclass(B, object))
print(issubclass(B, (C, A)))
print(type(b) is B, type(b) is A, type(b) == B)
print(type(B) is type, type(type) is type)
print(isinstance(True, int), issubclass(bool, int))
print(isinstance(A, type), isinstance(3, object))
try:
    isinstance(b, 'A')
except TypeError as e:
    print('caught:', e)
try:
    issubclass(b, A)
except TypeError as e:
    print('caught:', e)

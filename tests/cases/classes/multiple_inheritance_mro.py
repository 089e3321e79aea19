# Multiple inheritance: the diamond and its MRO.
class A:
    def hello(self):
        return 'A'

class B(A):
    def hello(self):
        return 'B' + super().hello()

class C(A):
    def hello(self):
        return 'C' + super().hello()

class D(B, C):
    def hello(self):
        return 'D' + super().hello()

print([c.__name__ for c in D.__mro__])
print(D().hello())
print([c.__name__ for c in B.__mro__])
print([c.__name__ for c in D.mro()])
class E(C, B):
    pass
print([c.__name__ for c in E.__mro__])
print(E().hello())

# A larger C3 linearization.
class O: pass
class F(O): pass
class E(O): pass
class D(O): pass
class C(D, F): pass
class B(D, E): pass
class A(B, C): pass

print([c.__name__ for c in A.__mro__])
print([c.__name__ for c in B.__mro__])
print([c.__name__ for c in C.__mro__])

class Mixin:
    def tag(self):
        return 'mixin:' + self.name()

class Base:
    def name(self):
        return 'base'

class Thing(Mixin, Base):
    pass

print(Thing().tag())
print([c.__name__ for c in Thing.__mro__])

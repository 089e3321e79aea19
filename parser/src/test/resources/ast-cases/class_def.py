class A:
    pass

class B():
    pass

class C(A):
    x = 1

class D(A, B, C):
    def method(self):
        return self

class E(metaclass=Meta):
    pass

class F(A, metaclass=Meta, **kwargs):
    pass

class G(*bases):
    pass

class H(*bases, **kw):
    pass

class I(A, *more, key=value):
    pass

class J(Generic[T], Protocol): pass

class K(a.b.C, f()): pass

class L(A,): pass

class Outer:
    class Inner:
        class Innermost:
            value = 0
    def method(self): return self.Inner

class match: pass
class case(match): pass

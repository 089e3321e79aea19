# Classes defined in Python meet complex: reflected operators, NotImplemented, __eq__.
class R:
    def __radd__(self, o):
        return ('radd', o)
    def __rsub__(self, o):
        return ('rsub', o)
    def __rmul__(self, o):
        return ('rmul', o)
    def __rtruediv__(self, o):
        return ('rtruediv', o)
    def __rpow__(self, o):
        return ('rpow', o)
    def __rfloordiv__(self, o):
        return ('rfloordiv', o)
    def __eq__(self, o):
        return 'eq with %r' % (o,)
    def __lt__(self, o):
        return 'lt'
    def __gt__(self, o):
        return 'gt'
r = R()
print(1j + r, 1j - r, 2j * r, 2j / r, 2j ** r, 1j // r)
print(1j == r, r == 1j, 1j < r, 1j > r)
class A:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, complex):
            return A(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        return A(o + self.v)
    def __mul__(self, o):
        return NotImplemented
    def __repr__(self):
        return 'A(%r)' % (self.v,)
    def __complex__(self):
        return complex(self.v)
print(A(1) + 2j, 2j + A(1), sum([1j, 2j], A(0)), complex(A(5)), complex(A(1j), 2))
z = 1j
z += A(3)
print(z)
try:
    A(1) * 1j
except TypeError as e:
    print(e)
try:
    A(1) - 1j
except TypeError as e:
    print(e)
A(1) + 1

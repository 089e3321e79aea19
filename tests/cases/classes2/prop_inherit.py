class Base:
    def __init__(self, v):
        self._v = v
    @property
    def v(self):
        return self._v * 2
    @v.setter
    def v(self, x):
        self._v = x

class Child(Base):
    @property
    def v(self):
        return super().v + 1

b = Base(3)
print(b.v)
b.v = 10
print(b.v)
c = Child(3)
print(c.v)
try:
    c.v = 5
except AttributeError as e:
    print("AttributeError", type(e).__name__)
print(c._v)

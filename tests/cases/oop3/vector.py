class Vec:
    def __init__(self, x, y): self.x, self.y = x, y
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, Vec): return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self): return Vec(-self.x, -self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o): return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __bool__(self): return bool(self.x or self.y)
    def __repr__(self): return f"Vec({self.x}, {self.y})"
a, b = Vec(3, 4), Vec(1, -2)
print(a + b, a - b, a * 2, 3 * b, a * b, -a, abs(a))
print(a == Vec(3, 4), a != b, a == (3, 4), bool(Vec(0, 0)), bool(b))
total = Vec(0, 0)
for v in [a, b, -b]: total += v
print(total)
print(Vec.__hash__ is None)
try:
    a + 1
except AttributeError as e:
    print("AttributeError", e)

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    @classmethod
    def origin(cls):
        return cls(0, 0)
    @classmethod
    def from_str(cls, s):
        a, b = s.split(',')
        return cls(int(a), int(b))
    def __repr__(self):
        return f"{type(self).__name__}({self.x}, {self.y})"

class Point3(Point):
    pass

print(Point.origin())
print(Point.from_str("3,4"))
print(Point3.from_str("1,2"))
print(Point3.origin())
p = Point(9, 9)
print(p.origin())

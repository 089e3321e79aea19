class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, center, r):
        self.center, self.r = center, r

def describe(s):
    match s:
        case Point(0, 0):
            return "origin point"
        case Point(x, y=0):
            return f"point on x-axis at {x}"
        case Circle(Point(x, y), r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(center=Point(x=cx), r=r):
            return f"circle cx={cx} r={r}"
        case Point():
            return "some point"
        case _:
            return "not a shape"

for s in [Point(0, 0), Point(5, 0), Point(1, 1), Circle(Point(1, 2), 20), Circle(Point(3, 4), 2), 42]:
    print(describe(s))

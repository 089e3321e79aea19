class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
def describe(v):
    match v:
        case 0 | 1:
            return "small"
        case None:
            return "none"
        case [x, y, *rest]:
            return f"seq {x} {y} {rest}"
        case {"k": val, **others}:
            return f"map {val} {others}"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "point"
        case int(n) if n > 100:
            return "big int"
        case str() as s:
            return "str " + s
        case _:
            return "other"
for v in [0, 1, None, [1, 2, 3, 4], (5, 6), {"k": 1, "z": 2}, Point(0, 5), Point(3, 3), Point(1, 2), 500, "hi", 3.5]:
    print(describe(v))

def where(pt):
    match pt:
        case (0, 0):
            return "origin"
        case (0, y):
            return f"y-axis {y}"
        case (x, 0):
            return f"x-axis {x}"
        case (x, y) if x == y:
            return f"diagonal {x}"
        case (x, y, *rest):
            return f"point {x},{y} extra={rest}"
        case _:
            return "unknown"

for p in [(0, 0), (0, 5), (3, 0), (2, 2), (1, 2), (1, 2, 3, 4), (1,), [4, 0], "ab"]:
    print(p, where(p))

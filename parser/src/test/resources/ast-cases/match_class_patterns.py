match obj:
    case Point():
        pass
    case Point(0, 0):
        pass
    case Point(x, y):
        pass
    case Point(x=0):
        pass
    case Point(x=0, y=0):
        pass
    case Point(x, y=0):
        pass
    case Point(x,):
        pass
    case Point(x=0,):
        pass
    case Point(x, y=0,):
        pass
    case geometry.Point(x=px, y=py):
        pass
    case a.b.c.D(e):
        pass
    case Line(Point(x1, y1), Point(x2, y2)):
        pass
    case Box([Point(), *rest], size={"w": w}):
        pass
    case int() | str():
        pass
    case int(n) if n > 0:
        pass
    case str(s) as text:
        pass
    case Point(x=_, y=_):
        pass
    case match(case=match):
        pass

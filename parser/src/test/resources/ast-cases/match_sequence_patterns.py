match seq:
    case []:
        pass
    case ():
        pass
    case [x]:
        pass
    case (x,):
        pass
    case [x,]:
        pass
    case [x, y]:
        pass
    case (x, y):
        pass
    case x, y:
        pass
    case x, y,:
        pass
    case [*rest]:
        pass
    case [first, *rest]:
        pass
    case [*init, last]:
        pass
    case [first, *middle, last]:
        pass
    case [*_]:
        pass
    case (first, *_):
        pass
    case *rest, last:
        pass
    case x, *_:
        pass
    case [[a, b], [c, *d]]:
        pass
    case [(a, b), (c, d)]:
        pass
    case [1, "two", None, [3.0]]:
        pass

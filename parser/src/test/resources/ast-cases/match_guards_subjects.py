match x:
    case y if y > 0:
        pass
    case y if (z := y * 2) and z < 10:
        pass
    case [a, b] if a == b:
        pass
    case _ if lambda: 1:
        pass
    case _ if a if b else c:
        pass
    case _:
        pass

match a, b:
    case 1, 2:
        pass

match a, *b:
    case _:
        pass

match *a, b:
    case _:
        pass

match (a):
    case _: pass

match (a, b):
    case _: pass

match a,:
    case _: pass

match f(x)[0].attr:
    case _: pass

match -x:
    case _: pass

match not x:
    case _: pass

match await_:
    case _: pass

match (yield_):
    case _: pass

match command:
    case x:
        pass

match command:
    case _:
        pass

match command:
    case match:
        pass

match command:
    case case:
        pass

match command:
    case (x):
        pass

match command:
    case ((_)):
        pass

match x:
    case [a, _, _]:
        pass
    case {"k": _}:
        pass
    case C(_, x=_):
        pass

match value:
    case 1 | 2 | 3:
        pass
    case "a" | "b":
        pass
    case [1, 2] | [3, 4]:
        pass
    case (1 | 2) | 3:
        pass
    case 1 | (2 | 3):
        pass
    case [1 | 2, 3 | 4]:
        pass
    case x as y:
        pass
    case 1 as one:
        pass
    case (1 | 2) as small:
        pass
    case 1 | 2 as small:
        pass
    case [x, y] as pair:
        pass
    case [1 as a, 2 as b]:
        pass
    case {"k": (1 | 2) as v}:
        pass
    case Point(x=0 as zero):
        pass
    case ((a as b) as c) as d:
        pass
    case [*_] | {**rest} if False:
        pass
    case None | True | False:
        pass

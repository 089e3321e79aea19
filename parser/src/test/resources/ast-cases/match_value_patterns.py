match color:
    case Color.RED:
        pass
    case Color.GREEN | Color.BLUE:
        pass
    case a.b.c.d:
        pass
    case enum.Enum.member:
        pass
    case [Color.RED, x]:
        pass
    case {Color.RED: value}:
        pass
    case {"k": Color.RED}:
        pass
    case Point(x=Color.RED):
        pass
    case match.case:
        pass

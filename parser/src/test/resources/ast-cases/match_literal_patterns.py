match x:
    case 0:
        pass
    case 1_000:
        pass
    case -1:
        pass
    case 1.5:
        pass
    case -1.5e3:
        pass
    case 1j:
        pass
    case -2j:
        pass
    case 1 + 2j:
        pass
    case -1 - 2j:
        pass
    case 0.5 + 0.5j:
        pass
    case 0xff | 0o7 | 0b1:
        pass
    case "string":
        pass
    case 'a' "b" '''c''':
        pass
    case b"bytes":
        pass
    case r"raw" | u"uni":
        pass
    case None:
        pass
    case True:
        pass
    case False:
        pass

match mapping:
    case {}:
        pass
    case {"a": 1}:
        pass
    case {"a": 1,}:
        pass
    case {"a": x, "b": y}:
        pass
    case {"a": x, **rest}:
        pass
    case {**rest}:
        pass
    case {0: zero, 1.5: f, -1: neg, 1j: c, 1 + 2j: d}:
        pass
    case {b"k": v, None: n, True: t, False: f2}:
        pass
    case {Key.A: a, mod.Key.B: b}:
        pass
    case {"nested": {"deeper": [x, *_]}}:
        pass
    case {"a": 1 | 2 as num}:
        pass
    case {"k": v, **rest,}:
        pass
    case {'a' 'b': v}:
        pass

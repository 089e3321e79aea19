def kind(v):
    match v:
        case 0 | 1 | 2:
            return "small"
        case "a" | "b":
            return "letter"
        case [x] | (x, None):
            return f"single {x}"
        case (1, x) | (x, 1):
            return f"has one, other {x}"
        case int(n) | float(n) if n < 0:
            return f"negative {n}"
        case _:
            return "other"

for v in [1, "b", [7], (8, None), (1, 5), (6, 1), -3, -2.5, 99, "zz"]:
    print(repr(v), kind(v))

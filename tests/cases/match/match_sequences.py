# Sequence, star and nested patterns; str is not a sequence here; bindings survive a failed guard.
def f(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [1, *_, 9]:
            return "1..9"
        case [[a, b], [c, d]]:
            return f"matrix {a}{b}{c}{d}"
        case (first, *middle, last) if len(middle) > 1:
            return f"long {first} {middle} {last}"
        case [*items]:
            return f"items {items}"
        case "abc":
            return "the string abc"
        case _:
            return "no"
for v in [[], [5], [1, 4, 9], [[1, 2], [3, 4]], (1, 2, 3, 4), [1, 2], "abc", range(3), {"a": 1}]:
    print(f(v))
match [1, 2]:
    case [a, b] if a > b:
        print("not here")
    case _:
        print("bound anyway", a, b)

def f(v):
    match v:
        case [int() as a, int() as b] as whole:
            return f"ints {a} {b} whole={whole}"
        case [(1 | 2) as small, *rest]:
            return f"small {small} rest={rest}"
        case {"k": [_, _] as pair}:
            return f"pair {pair}"
        case (str() | float()) as s:
            return "str-or-float " + repr(s)
        case _:
            return "nope"

for v in [[3, 4], [1, "x", "y"], {"k": [0, 0]}, {"k": [0]}, "hi", [5, "a"]]:
    print(f(v))

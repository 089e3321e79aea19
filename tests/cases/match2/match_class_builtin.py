def typeof(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i) if i > 100:
            return "big int"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s) if s.isdigit():
            return "digit string"
        case str(s):
            return f"str {s!r}"
        case list([x, *_]):
            return f"list starting {x}"
        case dict():
            return "dict"
        case tuple() | list():
            return "empty seq"
        case _:
            return type(v).__name__

for v in [True, 500, 7, 2.5, "123", "abc", [4, 5], {}, (), [], None]:
    print(typeof(v))

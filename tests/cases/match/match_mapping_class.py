# Mapping patterns with **rest, class patterns with keywords, builtins matching themselves,
# and the errors CPython raises for bad class patterns.
class Pt:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
def g(v):
    match v:
        case {"type": "circle", "r": r}:
            return f"circle {r}"
        case {"type": "rect", **rest}:
            return f"rect {sorted(rest.items())}"
        case Pt(x=0, y=0):
            return "origin"
        case Pt(a, b):
            return f"pt {a},{b}"
        case bool(b):
            return f"bool {b}"
        case float(f) | int(f):
            return f"number {f}"
        case [Pt(x=1), *_]:
            return "list starting at x=1"
    return "nothing"
for v in [{"type": "circle", "r": 2}, {"type": "rect", "w": 1, "h": 2}, Pt(0, 0), Pt(3, 4), True, 2.5, 7,
          [Pt(1, 9), 2], {"type": "tri"}]:
    print(g(v))
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)
match {"a": 1}:
    case {"a": 1, "a": 2}:
        pass

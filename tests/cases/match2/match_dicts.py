def handle(ev):
    match ev:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} extra={sorted(rest)}"
        case {"type": "scroll", "delta": int() as d} if d < 0:
            return f"scroll up {-d}"
        case {"type": "scroll"}:
            return "scroll other"
        case {"type": t}:
            return "unknown type " + t
        case _:
            return "no type"

evs = [
    {"type": "click", "pos": (1, 2)},
    {"type": "key", "key": "a", "mod": "ctrl", "x": 1},
    {"type": "scroll", "delta": -3},
    {"type": "scroll", "delta": 3},
    {"type": "zoom"},
    {"kind": "x"},
]
for e in evs:
    print(handle(e))

# A yield in an if/while test, a for's iterable, a with's manager or a match subject.
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, *exc):
        print("exit", self.name)
        return False

def gen():
    if (yield "if?"):
        print("true branch")
    else:
        print("false branch")
    n = 0
    while (yield ("while?", n)):
        n += 1
    for x in (yield "for?"):
        print("for item", x, (yield ("in for", x)))
    with CM((yield "with?")) as name, CM("second") as second:
        print("in with", name, second)
    match (yield "match?"):
        case [a, b] if (yield ("guard", a)):
            print("guard held", a, b)
        case [a, b]:
            print("fallback", a, b)
        case _:
            print("no match")
    return "end"

it = gen()
print(next(it))
try:
    for v in [1, True, True, False, [7, 8], "x", "y", "mgr", [1, 2], False]:
        print("send", repr(v), "->", it.send(v))
except StopIteration as e:
    print("returned", e.value)

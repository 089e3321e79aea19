# await in conditions, loop tests, f-strings, match subjects, subscripts and default values.
class Value:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        yield ("value", self.v)
        return self.v

async def main():
    out = []
    if await Value(True):
        out.append("if taken")
    n = 0
    while await Value(n < 3):
        n += 1
    out.append(("while ran", n))
    out.append(f"{await Value('f')}-{await Value(1) + 1}")
    match await Value([1, 2]):
        case [a, b] if await Value(a == 1):
            out.append(("matched", a, b))
        case _:
            out.append("no match")
    match await Value({"k": 3}):
        case {"k": 0}:
            out.append("zero")
        case {"k": k} if await Value(k > 5):
            out.append("big")
        case {"k": k}:
            out.append(("k is", k))
    data = {"x": [10, 20]}
    out.append(data[await Value("x")][await Value(1)])
    out.append(await Value(4) if await Value(False) else await Value(5))
    out.append(await Value(1) and await Value(0) or await Value("or"))
    def inner(p=await Value("default")):
        return p
    out.append(inner())
    lam = lambda q=await Value("lambda default"): q
    out.append(lam())
    out.append(-await Value(7))
    out.append(await Value(2) ** await Value(3))
    assert await Value(True), "never"
    return out

c = main()
seen = []
try:
    msg = c.send(None)
    while True:
        seen.append(msg[1])
        msg = c.send(None)
except StopIteration as e:
    print(e.value)
print(seen)

# Expressions evaluated before an await in the same statement run once, not again on resumption.
class Pause:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        got = yield self.v
        return got

calls = []

def note(x):
    calls.append(x)
    return x

async def a():
    return await Pause("a")

async def b():
    return await Pause("b")

class Counter:
    def __init__(self):
        self.n = 0

    async def bump(self):
        self.n += await Pause(5)
        return self.n

async def main():
    print(await a(), await b())
    print(note(1), await a(), note(2), await b(), note(3))
    x = [note("x"), await a(), note("y"), await b()]
    d = {note("k"): await a(), await b(): note("v")}
    s = note("s") + await a() + note("t")
    c = Counter()
    await c.bump()
    await c.bump()
    total = 0
    for i in range(3):
        total += await Pause(i)
    values = [note("i"), (await a()) if note(True) else note(False)]
    return x, d, s, c.n, total, values

co = main()
try:
    msg = co.send(None)
    while True:
        msg = co.send(msg * 2 if isinstance(msg, int) else msg.upper())
except StopIteration as e:
    for part in e.value:
        print(part)
print(calls)

# Async comprehensions: async for and await inside list, set and dict comprehensions.
class Pause:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        got = yield self.v
        return got

async def agen(n):
    for i in range(n):
        yield i

async def double(x):
    return 2 * await Pause(x)

async def main():
    a = [x async for x in agen(4)]
    b = [await double(x) for x in range(3)]
    c = {x % 3 async for x in agen(7)}
    d = {str(k): await Pause(k) async for k in agen(2)}
    e = [x async for x in agen(10) if x % 2 if await Pause(("test", x))]
    f = [(x, y) async for x in agen(3) for y in range(x)]
    g = [[y async for y in agen(x)] for x in range(3)]
    h = [x for x in await Pause([5, 6, 7])]
    return a, b, sorted(c), d, e, f, g, h

c = main()
log = []
try:
    msg = c.send(None)
    while True:
        log.append(msg)
        if isinstance(msg, tuple):
            msg = c.send(msg[1] != 5)
        elif isinstance(msg, list):
            msg = c.send(msg)
        else:
            msg = c.send(msg * 10)
except StopIteration as e:
    for part in e.value:
        print(part)
print(log)

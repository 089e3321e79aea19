# yield inside async def makes an async generator, consumed with async for.
class Pause:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        return (yield self.tag)

async def ticker(n):
    for i in range(n):
        got = await Pause(("tick", i))
        yield i, got

async def squares(source):
    async for i, got in source:
        yield i * i

async def main():
    out = []
    async for x in ticker(3):
        out.append(x)
    async for s in squares(ticker(4)):
        out.append(s)
    return out

g = ticker(1)
print(type(g).__name__, g.__name__, g.__qualname__, repr(g).startswith("<async_generator object ticker at 0x"))
print(g.__aiter__() is g, type(g.__anext__()).__name__, type(g.athrow(ValueError)).__name__, type(g.aclose()).__name__)

c = main()
n = 100
try:
    msg = c.send(None)
    while True:
        print("driver:", msg)
        n += 1
        msg = c.send(n)
except StopIteration as e:
    print(e.value)

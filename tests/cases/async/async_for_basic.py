# async for over a class with __aiter__/__anext__; __anext__ returns awaitables.
class Pause:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        got = yield ("fetch", self.v)
        return got

class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        print("aiter")
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return await Pause(self.i)

class Immediate:
    """__anext__ as a plain method returning a ready awaitable"""
    def __init__(self, items):
        self.items = list(items)

    def __aiter__(self):
        return self

    def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        return Ready(self.items.pop(0))

class Ready:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        return self.v
        yield

async def main():
    seen = []
    async for x in Counter(3):
        seen.append(x)
    async for y in Immediate("abc"):
        seen.append(y)
    async for a, b in Immediate([(1, 2), (3, 4)]):
        seen.append(a + b)
    return seen

c = main()
msg = c.send(None)
try:
    while True:
        print("loop got", msg)
        msg = c.send(msg[1] * 10)
except StopIteration as e:
    print(e.value)

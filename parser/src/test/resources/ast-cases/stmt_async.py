async def f():
    pass

async def g(a, *b, c=1, **d) -> int:
    await a
    return 1

async def h():
    async for x in y:
        pass
    async for x, y in z:
        pass
    else:
        pass
    async with a:
        pass
    async with a as b, c as d:
        pass
    async with (a as b, c as d,):
        pass
    async with (a, b):
        pass
    async def nested():
        await nested()
    def sync_inside():
        return [x for x in y]

class C:
    async def method(self):
        async with self.lock:
            async for item in self.items:
                await item

async def gen():
    yield 1
    await x

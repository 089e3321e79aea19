# An exception escaping an async generator consumed by async for: the traceback shows both.
class Pause:
    def __await__(self):
        yield

async def readings():
    for value in [3, 2, 1, 0]:
        await Pause()
        yield 60 // value

async def average():
    total = count = 0
    async for r in readings():
        total += r
        count += 1
    return total / count

c = average()
while True:
    c.send(None)

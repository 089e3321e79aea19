# An exception escaping a chain of awaits: the traceback shows every coroutine.
class Pause:
    def __await__(self):
        yield

async def divide(a, b):
    await Pause()
    return a / b

async def compute(values):
    total = 0
    for v in values:
        total += await divide(100, v)
    return total

async def main():
    print("start")
    result = await compute([1, 2, 0, 4])
    print("never", result)

coro = main()
while True:
    coro.send(None)

# async with and exceptions: __aexit__ sees them, a true result suppresses them.
class Tick:
    def __await__(self):
        yield "tick"

class Guard:
    def __init__(self, suppress):
        self.suppress = suppress

    async def __aenter__(self):
        return self

    async def __aexit__(self, typ, val, tb):
        await Tick()
        print("aexit got", typ.__name__ if typ else None, repr(val))
        return self.suppress

class Failing:
    async def __aenter__(self):
        return self

    async def __aexit__(self, typ, val, tb):
        raise RuntimeError("aexit failed")

async def main():
    async with Guard(True):
        raise ValueError("suppressed")
    print("after suppressed")
    try:
        async with Guard(False):
            raise ValueError("propagates")
    except ValueError as e:
        print("caught", repr(e))
    try:
        async with Guard(0):
            await Tick()
            raise KeyError("falsy result")
    except KeyError as e:
        print("caught", repr(e))
    try:
        async with Failing():
            raise IndexError("original")
    except RuntimeError as e:
        print("caught", repr(e), "context", repr(e.__context__))
    async with Guard("yes"):
        1 / 0
    return "end"

c = main()
try:
    while True:
        c.send(None)
except StopIteration as e:
    print(e.value)

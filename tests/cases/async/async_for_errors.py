# The errors of async for: missing __aiter__/__anext__, bad __anext__ results.
class NoAnext:
    def __aiter__(self):
        return 42

class AnextNotAwaitable:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 7

class StopsAtOnce:
    def __aiter__(self):
        return self

    def __anext__(self):
        raise StopAsyncIteration("immediately")

class Boom:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise LookupError("from anext")

async def loop(obj):
    async for x in obj:
        print("item", x)
    else:
        print("else block")
    return "finished"

for obj in [1, [1, 2], NoAnext(), AnextNotAwaitable(), StopsAtOnce(), Boom()]:
    c = loop(obj)
    try:
        c.send(None)
    except StopIteration as e:
        print("result:", e.value)
    except Exception as e:
        print(type(e).__name__ + ":", e)
        if e.__cause__ is not None:
            print("  cause:", type(e.__cause__).__name__, e.__cause__)

# What await accepts: coroutines and objects whose __await__ returns an iterator.
class NoAwait:
    pass

class IntAwait:
    def __await__(self):
        return 5

class CoroAwait:
    def __init__(self):
        self.coro = helper()

    def __await__(self):
        return self.coro

class ListIterAwait:
    def __await__(self):
        return iter([1, 2])

async def helper():
    return 1

async def await_it(x):
    return await x

ca = CoroAwait()
for obj in [1, "s", None, NoAwait(), IntAwait(), ca, (x for x in [])]:
    c = await_it(obj)
    try:
        c.send(None)
    except StopIteration as e:
        print("ok", e.value)
    except TypeError as e:
        print("TypeError:", e)

ca.coro.close()

c = await_it(ListIterAwait())
print(c.send(None), c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("list iterator done", e.value)

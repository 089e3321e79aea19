# ag_running, ag_await and the names of async generators.
def drive(awaitable):
    it = awaitable.__await__()
    try:
        while True:
            print("  passes through:", next(it))
    except StopIteration as e:
        return e.value

class Pause:
    def __await__(self):
        yield "pause"

async def watched():
    print("inside: ag_running", g.ag_running)
    await Pause()
    yield "one"

g = watched()
print("before:", g.ag_running, g.ag_await)
step = g.__anext__().__await__()
print(next(step))
print("paused in await:", g.ag_running, type(g.ag_await).__name__)
try:
    step.send(None)
except StopIteration as e:
    print("yielded", e.value)
print("after yield:", g.ag_running, g.ag_await)
print(drive(g.aclose()))

class Holder:
    async def items(self):
        yield self

h = Holder().items()
print(h.__name__, h.__qualname__)
print(drive(h.aclose()))

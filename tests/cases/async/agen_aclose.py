# aclose() throws GeneratorExit in; cleanup may await; yielding instead is a RuntimeError.
def drive(awaitable):
    it = awaitable.__await__()
    try:
        while True:
            print("  passes through:", next(it))
    except StopIteration as e:
        return e.value

class Pause:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        return (yield self.tag)

async def resource():
    print("open")
    try:
        yield 1
        yield 2
    finally:
        await Pause("closing")
        print("closed")

g = resource()
print(drive(g.__anext__()))
print("aclose ->", drive(g.aclose()))
print("aclose again ->", drive(g.aclose()))
try:
    drive(g.__anext__())
except StopAsyncIteration:
    print("no more items")

print("never started ->", drive(resource().aclose()))

async def stubborn():
    try:
        yield "first"
    except GeneratorExit:
        yield "refuses"

s = stubborn()
print(drive(s.__anext__()))
try:
    drive(s.aclose())
except RuntimeError as e:
    print("RuntimeError:", e)

async def returns_in_finally():
    try:
        yield "x"
    finally:
        print("finally runs")
        return

r = returns_in_finally()
print(drive(r.__anext__()))
print("aclose ->", drive(r.aclose()))

async def loop_break():
    src = resource()
    async for v in src:
        print("got", v)
        break
    await src.aclose()
    return "broke out"

print(drive(loop_break()))

# Driving an async generator by hand: __anext__, asend and athrow return awaitables.
def drive(awaitable):
    it = awaitable.__await__()
    try:
        while True:
            print("  passes through:", next(it))
    except StopIteration as e:
        return e.value

class Pause:
    def __await__(self):
        return (yield "pause")

async def echo():
    received = []
    try:
        while True:
            try:
                v = yield len(received)
                received.append(v)
                await Pause()
            except ValueError as e:
                print("echo caught", repr(e))
                yield "after error"
    finally:
        print("echo finally, received", received)

g = echo()
print(drive(g.__anext__()))
print(drive(g.asend("a")))
print(drive(g.asend("b")))
print(drive(g.athrow(ValueError("bad"))))
print(drive(g.athrow(ValueError, ValueError("second"))))
print(drive(g.__anext__()))
try:
    drive(g.athrow(KeyError("fatal")))
except KeyError as e:
    print("KeyError:", e)
try:
    drive(g.__anext__())
except StopAsyncIteration:
    print("exhausted")

fresh = echo()
try:
    drive(fresh.asend("too early"))
except TypeError as e:
    print("TypeError:", e)
print(drive(fresh.aclose()))

# Misuse of async generators and of their awaitables.
def drive(awaitable):
    it = awaitable.__await__()
    try:
        while True:
            next(it)
    except StopIteration as e:
        return e.value

class Pause:
    def __await__(self):
        yield "pause"

async def slow():
    await Pause()
    yield "item"

g = slow()
first = g.__anext__().__await__()
next(first)
second = g.__anext__().__await__()
try:
    next(second)
except RuntimeError as e:
    print("RuntimeError:", e)
closer = g.aclose().__await__()
try:
    next(closer)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    next(first)
except StopIteration as e:
    print("first finished with", e.value)

used = g.asend(None)
print(drive(used) if False else "skip")
a = g.__anext__()
try:
    drive(a)
except StopAsyncIteration:
    print("StopAsyncIteration")
try:
    drive(a)
except RuntimeError as e:
    print("RuntimeError:", e)

t = g.athrow(ValueError)
t.close()
try:
    drive(t)
except RuntimeError as e:
    print("RuntimeError:", e)

async def raises_stop_async():
    yield 1
    raise StopAsyncIteration("inside")

r = raises_stop_async()
drive(r.__anext__())
try:
    drive(r.__anext__())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

async def raises_stop():
    yield 1
    raise StopIteration

r = raises_stop()
drive(r.__anext__())
try:
    drive(r.__anext__())
except RuntimeError as e:
    print("RuntimeError:", e)

# PEP 479 for coroutines: a StopIteration escaping the body becomes a RuntimeError.
async def bad():
    raise StopIteration("oops")

c = bad()
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__))

async def nexts():
    it = iter([])
    return next(it)

try:
    nexts().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

async def caught():
    try:
        next(iter([]))
    except StopIteration:
        return "caught it"

try:
    caught().send(None)
except StopIteration as e:
    print(e.value)

# Generator expressions with async for or await are async generators.
def drive(awaitable):
    it = awaitable.__await__()
    try:
        while True:
            print("  passes through:", next(it))
    except StopIteration as e:
        return e.value

class Pause:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        yield ("pause", self.v)
        return self.v

async def agen(n):
    for i in range(n):
        yield i

def make_plain_scope():
    # An await inside a generator expression is allowed even outside async functions.
    return (await Pause(x) for x in range(2))

async def main():
    ge = (x * 10 async for x in agen(3))
    print(type(ge).__name__, ge.__name__)
    print([v async for v in ge])
    ge2 = (await Pause(x) for x in "ab")
    print(type(ge2).__name__)
    print([v async for v in ge2])
    out = []
    async for v in make_plain_scope():
        out.append(v)
    print(out)
    nested = (x async for x in (y + 1 async for y in agen(3)))
    print([v async for v in nested])
    return "done"

print(drive(main()))

# The aiter() and anext() builtins, with and without a default.
def drive(awaitable):
    it = awaitable.__await__()
    try:
        while True:
            next(it)
    except StopIteration as e:
        return e.value

async def numbers():
    yield 1
    yield 2

class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

async def main():
    it = aiter(numbers())
    print(await anext(it), await anext(it))
    print(await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration without default")
    c = Countdown(2)
    print(aiter(c) is c)
    print(await anext(c), await anext(c), await anext(c, None), await anext(c, "end"))
    aw = anext(Countdown(0), "dflt")
    print(type(aw).__name__)
    print(await aw)

drive(main())

for bad in [1, "text", [1]]:
    try:
        aiter(bad)
    except TypeError as e:
        print("TypeError:", e)
    try:
        anext(bad)
    except TypeError as e:
        print("TypeError:", e)

class AiterReturnsInt:
    def __aiter__(self):
        return 3

try:
    aiter(AiterReturnsInt())
except TypeError as e:
    print("TypeError:", e)

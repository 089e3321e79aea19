# async def makes a coroutine; send(None) runs it; its return value arrives in StopIteration.
async def add(a, b):
    print("adding", a, b)
    return a + b

c = add(2, 3)
print(type(c).__name__, c.__name__, c.__qualname__)
print(repr(c).startswith("<coroutine object add at 0x"))
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value, e.args)

async def nothing():
    pass

try:
    nothing().send(None)
except StopIteration as e:
    print("returned", e.value, e.args)

class Calc:
    async def double(self, x):
        return x * 2

    def factory(self):
        async def local(y):
            return y + 1
        return local

d = Calc().double(21)
print(d.__qualname__)
try:
    d.send(None)
except StopIteration as e:
    print(e.value)
l = Calc().factory()(1)
print(l.__name__, l.__qualname__)
l.close()
print(type(add).__name__, callable(add))

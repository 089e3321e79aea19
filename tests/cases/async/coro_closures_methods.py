# Coroutines as methods, closures, decorators, super() and class-level async protocols.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Pause:
    def __await__(self):
        yield

def traced(fn):
    async def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        result = await fn(*args, **kwargs)
        print("result of", fn.__name__, "is", result)
        return result
    return wrapper

@traced
async def scaled(x, *, factor=2):
    await Pause()
    return x * factor

def make_counter():
    count = 0
    async def increment(step):
        nonlocal count
        await Pause()
        count += step
        return count
    return increment

class Base:
    async def describe(self):
        await Pause()
        return "Base"

class Child(Base):
    async def describe(self):
        parent = await super().describe()
        return "Child of " + parent

    @staticmethod
    async def static(x):
        return x + 1

    @classmethod
    async def klass(cls):
        return cls.__name__

async def main():
    print(await scaled(3))
    print(await scaled(3, factor=5))
    inc = make_counter()
    print(await inc(1), await inc(10), await inc(100))
    print(await Child().describe())
    print(await Child.static(41), await Child.klass())
    fns = [scaled, inc]
    print([await f(1) for f in fns])
    async def shadow(x=1, *rest, key="k", **more):
        await Pause()
        return x, rest, key, sorted(more)
    print(await shadow())
    print(await shadow(5, 6, 7, key="z", a=1, b=2))
    return "all done"

print(run(main()))

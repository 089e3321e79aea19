# return, break and continue leave an async with after awaiting __aexit__.
class Tick:
    def __await__(self):
        yield "tick"

class CM:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await Tick()
        print("enter", self.name)
        return self

    async def __aexit__(self, *exc):
        await Tick()
        print("exit", self.name, exc)

async def ret():
    async with CM("ret"):
        return "returned from inside"

async def loops():
    for i in range(4):
        async with CM(i):
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
    while True:
        async with CM("while"):
            break
    return "loops done"

def run(c):
    ticks = 0
    try:
        while True:
            c.send(None)
            ticks += 1
    except StopIteration as e:
        print(e.value, "after", ticks, "ticks")

run(ret())
run(loops())

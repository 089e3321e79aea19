# break, continue and else in async for; nested async loops.
class Range:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        self.i = 0
        return self

    async def __anext__(self):
        if self.i == self.n:
            raise StopAsyncIteration
        self.i += 1
        await Tick()
        return self.i - 1

class Tick:
    def __await__(self):
        yield "tick"

async def main():
    out = []
    async for i in Range(5):
        if i == 1:
            continue
        if i == 3:
            break
        out.append(i)
    else:
        out.append("no else after break")
    async for i in Range(2):
        out.append(("plain", i))
    else:
        out.append("else runs")
    async for i in Range(3):
        async for j in Range(i):
            out.append((i, j))
    for k in range(2):
        async for i in Range(2):
            if i:
                break
            out.append(("k", k))
    return out

c = main()
ticks = 0
try:
    while True:
        c.send(None)
        ticks += 1
except StopIteration as e:
    print(e.value)
print("ticks", ticks)

# A tiny event loop: tasks sleep on virtual time, the loop runs whichever wakes first.
class Sleep:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        yield ("sleep", self.n)
        return self.n

class Loop:
    def __init__(self):
        self.ready = []
        self.time = 0
        self.seq = 0

    def spawn(self, coro, name):
        self.seq += 1
        self.ready.append((0, self.seq, name, coro, None))

    def run(self):
        while self.ready:
            self.ready.sort(key=lambda t: (t[0], t[1]))
            when, _, name, coro, value = self.ready.pop(0)
            self.time = max(self.time, when)
            try:
                req = coro.send(value)
            except StopIteration as e:
                print(f"[{self.time}] {name} finished -> {e.value!r}")
                continue
            kind, n = req
            self.seq += 1
            self.ready.append((self.time + n, self.seq, name, coro, n))

async def worker(name, delays):
    total = 0
    for d in delays:
        got = await Sleep(d)
        total += got
        print(f"{name} slept {got}, total {total}")
    return total

async def nested(x):
    a = await worker("inner" + str(x), [x, x])
    b = await Sleep(1)
    return a + b

loop = Loop()
loop.spawn(worker("A", [3, 1, 2]), "A")
loop.spawn(worker("B", [1, 1, 1, 1]), "B")
loop.spawn(nested(2), "N")
loop.run()
print("end time", loop.time)

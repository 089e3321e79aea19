# Round-robin scheduling of several coroutines with a queue they communicate through.
class Yield:
    def __await__(self):
        yield

class Queue:
    def __init__(self):
        self.items = []

    async def put(self, item):
        self.items.append(item)
        await Yield()

    async def get(self):
        while not self.items:
            await Yield()
        return self.items.pop(0)

async def producer(q, n):
    for i in range(n):
        print("produce", i)
        await q.put(i)
    await q.put(None)

async def consumer(q, name):
    total = 0
    while (item := await q.get()) is not None:
        print(name, "consumed", item)
        total += item
    return total

async def ticker(n):
    for i in range(n):
        print("tick", i)
        await Yield()
    return "ticks done"

def run_all(coros):
    tasks = list(coros)
    results = {}
    order = []
    while tasks:
        task = tasks.pop(0)
        try:
            task.send(None)
            tasks.append(task)
        except StopIteration as e:
            results[task.__name__] = e.value
            order.append(task.__name__)
    return results, order

q = Queue()
results, order = run_all([producer(q, 4), consumer(q, "c1"), ticker(3)])
print(results)
print(order)

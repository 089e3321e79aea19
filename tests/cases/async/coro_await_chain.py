# await on coroutines: a chain of calls, values passed back up.
async def leaf(n):
    return n * 10

async def middle(n):
    a = await leaf(n)
    b = await leaf(n + 1)
    return a + b

async def top():
    results = []
    for i in range(3):
        results.append(await middle(i))
    total = 0
    i = 0
    while i < len(results):
        total += await leaf(results[i])
        i += 1
    return results, total

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

print(run(top()))

async def recurse(n):
    if n == 0:
        return []
    return [n] + await recurse(n - 1)

print(run(recurse(5)))

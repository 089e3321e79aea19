async def f():
    a = [x async for x in y]
    b = {x async for x in y}
    c = {x: y async for x, y in z}
    d = (x async for x in y)
    e = [x async for x in y if await x]
    g = [await x for x in y]
    h = [x for x in await y]
    i = [x async for x in y for z in x]
    j = [x for x in y async for z in x]
    k = [x async for x in y async for z in x]
    l = [(await x) async for x in y if await z]
    m = {await k: await v async for k, v in items()}
    n = [[x async for x in y] for y in z]
    o = await sum(x async for x in y)
    async for q in r:
        await q
    return [x async for x in y]

async def g():
    return (x async for x in aiter())

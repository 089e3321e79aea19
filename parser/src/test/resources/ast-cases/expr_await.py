async def f():
    await x
    await x.y
    await x()
    await x.y()[0]
    await (await x)
    r = await x
    r = await x ** 2
    r = -await x
    r = await x + await y
    r = [await a for a in b]
    r = f(await x, key=await y)
    r = await (x or y)
    r = not await x
    r = await x if await y else await z
    r = {await k: await v for k, v in items}
    r = (await x).attr
    r = await x[0]
    return await fetch()

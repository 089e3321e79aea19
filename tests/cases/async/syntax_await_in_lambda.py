async def f():
    g = lambda: await f()
    return g

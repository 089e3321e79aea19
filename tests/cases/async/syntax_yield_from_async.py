async def f(it):
    r = yield from it
    return r

async def agen():
    yield 1
    if True:
        return 5

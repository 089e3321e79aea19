def f():
    async with open("x") as fh:
        pass

# An exception in an async with body: __aexit__ is awaited, then the traceback goes on.
class Pause:
    def __await__(self):
        yield

class Session:
    async def __aenter__(self):
        print("open session")
        return self

    async def __aexit__(self, typ, val, tb):
        await Pause()
        print("close session:", typ.__name__, val)

    async def query(self, key):
        await Pause()
        return {"a": 1}[key]

async def main():
    async with Session() as s:
        print(await s.query("a"))
        print(await s.query("b"))

c = main()
while True:
    c.send(None)

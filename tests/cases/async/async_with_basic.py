# async with: __aenter__ and __aexit__ are awaited; their awaits reach the driver.
class Pause:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        return (yield self.tag)

class Resource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        got = await Pause("enter " + self.name)
        print("entered", self.name, "with", got)
        return self.name.upper()

    async def __aexit__(self, typ, val, tb):
        got = await Pause("exit " + self.name)
        print("exited", self.name, typ, val, tb, "with", got)
        return False

async def main():
    async with Resource("a") as a:
        print("body with", a)
    async with Resource("b") as b, Resource("c") as c:
        print("body with", b, c)
        await Pause("inside body")
    async with Resource("d"):
        pass
    return "done"

co = main()
n = 0
try:
    msg = co.send(None)
    while True:
        print("driver:", msg)
        n += 1
        msg = co.send(n)
except StopIteration as e:
    print(e.value)

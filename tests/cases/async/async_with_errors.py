# async with on objects that are not asynchronous context managers.
class Sync:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        pass

class OnlyEnter:
    async def __aenter__(self):
        return 1

class PlainEnter:
    def __aenter__(self):
        return 1

    async def __aexit__(self, *a):
        pass

class PlainExit:
    async def __aenter__(self):
        return 1

    def __aexit__(self, *a):
        return None

async def use(cm):
    async with cm as x:
        print("inside with", x)
    return "ok"

for cm in [None, 3, Sync(), OnlyEnter(), PlainEnter(), PlainExit()]:
    c = use(cm)
    try:
        c.send(None)
    except StopIteration as e:
        print("result", e.value)
    except TypeError as e:
        print("TypeError:", e)

# throw() and close() reach the await a coroutine is suspended at, through awaited coroutines.
class Pause:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        return (yield self.tag)

async def inner():
    try:
        await Pause("inner")
    except ValueError as e:
        print("inner caught", e)
        return "recovered"
    finally:
        print("inner finally")

async def outer():
    r = await inner()
    print("outer got", r)
    try:
        await Pause("outer")
    except GeneratorExit:
        print("outer closing")
        raise

c = outer()
print(c.send(None))
print(c.throw(ValueError("bad")))
print(c.close())
print(c.cr_suspended)

async def stubborn():
    try:
        await Pause("a")
    except GeneratorExit:
        pass
    await Pause("b")

s = stubborn()
s.send(None)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

never = stubborn()
print(never.close())
try:
    never.throw(KeyError("x"))
except RuntimeError as e:
    print("RuntimeError:", e)

t = stubborn()
try:
    t.throw(KeyError("before start"))
except KeyError as e:
    print("KeyError:", e)

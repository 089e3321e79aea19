# coro.__await__() is an iterator over the coroutine (coroutine_wrapper): next, send, throw, close.
class Pause:
    def __await__(self):
        got = yield "paused"
        return got

async def body():
    a = await Pause()
    b = await Pause()
    return [a, b]

w = body().__await__()
print(type(w).__name__)
print(iter(w) is w)
print(next(w))
print(w.send("first"))
try:
    w.send("second")
except StopIteration as e:
    print("done", e.value)

w = body().__await__()
print(next(w))
try:
    w.throw(ValueError("into wrapper"))
except ValueError as e:
    print("ValueError:", e)
print(w.close())

# A class can hand out another coroutine's wrapper from its __await__.
class Delegating:
    def __init__(self):
        self.coro = body()

    def __await__(self):
        return self.coro.__await__()

async def user():
    return await Delegating()

u = user()
print(u.send(None), u.send(1))
try:
    u.send(2)
except StopIteration as e:
    print("user got", e.value)

for x in body().__await__():
    print("for loop got", x)
    break

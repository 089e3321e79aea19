# Objects with __await__: a generator-based __await__ talks to whoever drives the coroutine.
class Request:
    def __init__(self, what):
        self.what = what

    def __await__(self):
        reply = yield ("request", self.what)
        print("reply to", self.what, "is", reply)
        return reply

class Twice:
    def __await__(self):
        a = yield "first"
        b = yield "second"
        return (a, b)

async def client():
    x = await Request("x")
    y = await Request("y")
    pair = await Twice()
    return x + y, pair

c = client()
msg = c.send(None)
answers = {"x": 40, "y": 2}
step = 0
try:
    while True:
        print("driver got", msg)
        if isinstance(msg, tuple):
            msg = c.send(answers[msg[1]])
        else:
            step += 1
            msg = c.send(step * 100)
except StopIteration as e:
    print("result", e.value)

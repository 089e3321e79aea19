# A coroutine runs once: awaiting it again, or while another awaits it, is a RuntimeError.
class Pause:
    def __await__(self):
        yield "paused"

async def child():
    await Pause()
    return "child result"

async def waiter(c):
    return await c

k = child()
w1 = waiter(k)
print(w1.send(None))
w2 = waiter(k)
try:
    w2.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    w1.send(None)
except StopIteration as e:
    print("w1 got", e.value)

w3 = waiter(k)
try:
    w3.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

done = child()
done.close()
try:
    done.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

fresh = child()
try:
    fresh.send(1)
except TypeError as e:
    print("TypeError:", e)
print(fresh.send(None))
fresh.close()

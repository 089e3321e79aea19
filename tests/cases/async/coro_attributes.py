# cr_running, cr_suspended and cr_await follow the coroutine's state.
class Pause:
    def __await__(self):
        yield "paused"

async def inner():
    await Pause()

async def watch():
    print("inside: running", me.cr_running, "suspended", me.cr_suspended)
    await inner()
    return "ok"

me = watch()
print("created: running", me.cr_running, "suspended", me.cr_suspended, "await", me.cr_await)
print(me.send(None))
print("suspended: running", me.cr_running, "suspended", me.cr_suspended)
print("awaiting", type(me.cr_await).__name__, me.cr_await.__name__)
print("inner awaits", type(me.cr_await.cr_await).__name__)
try:
    me.send(None)
except StopIteration as e:
    print("finished:", e.value, me.cr_running, me.cr_suspended, me.cr_await)

async def reenter():
    other.send(None)

other = reenter()
try:
    other.send(None)
except ValueError as e:
    print("ValueError:", e)

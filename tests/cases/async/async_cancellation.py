# Cancelling a task by throwing into it: while in an async with body, and while in __aexit__.
class Cancelled(BaseException):
    pass

class Sleep:
    def __init__(self, t):
        self.t = t

    def __await__(self):
        return (yield self.t)

class Lock:
    def __init__(self):
        self.held = None

    async def __aenter__(self):
        while self.held is not None:
            await Sleep(0)
        self.held = True
        print("lock acquired")

    async def __aexit__(self, typ, val, tb):
        self.held = None
        await Sleep(0)
        print("lock released", typ.__name__ if typ else None)

async def worker(lock, name):
    try:
        async with lock:
            print(name, "working")
            await Sleep(5)
            print(name, "done working")
        return name
    except Cancelled:
        print(name, "was cancelled")
        await Sleep(1)
        raise
    finally:
        print(name, "cleanup")

def run(cancel_at):
    print("-- cancel at step", cancel_at)
    lock = Lock()
    tasks = {"w1": worker(lock, "w1"), "w2": worker(lock, "w2")}
    pending = {k: None for k in tasks}
    step = 0
    while tasks and step < 50:
        step += 1
        for name in list(tasks):
            c = tasks[name]
            try:
                if step == cancel_at and name == "w1":
                    pending[name] = c.throw(Cancelled())
                else:
                    pending[name] = c.send(pending[name])
            except StopIteration as e:
                print("finished", e.value)
                del tasks[name]
            except Cancelled:
                print("cancelled", name)
                del tasks[name]
    print("steps", step)

run(2)
run(3)
run(99)

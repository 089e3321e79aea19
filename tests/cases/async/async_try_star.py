# try/except* around awaits (the TaskGroup pattern): the body and else may suspend.
class Pause:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        return (yield self.tag)

async def task(n):
    await Pause(("task", n))
    if n % 2:
        raise ValueError(n)
    if n == 4:
        raise KeyError(n)
    return n

async def gather(ns):
    errors = []
    results = []
    for n in ns:
        try:
            results.append(await task(n))
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("tasks failed", errors)
    return results

async def main():
    out = []
    try:
        out.append(await gather([0, 2]))
    except* ValueError as eg:
        out.append(("never", eg))
    else:
        out.append(await Pause("else"))
    finally:
        out.append(await Pause("finally"))
    try:
        await gather([1, 2, 3, 4])
    except* ValueError as eg:
        out.append(("values", [e.args[0] for e in eg.exceptions]))
    except* KeyError as eg:
        out.append(("keys", [e.args[0] for e in eg.exceptions]))
    finally:
        await Pause("second finally")
    try:
        try:
            await gather([5])
        except* KeyError:
            out.append("not reached")
    except* ValueError as eg:
        out.append(("outer", repr(eg.exceptions[0])))
    return out

c = main()
try:
    msg = c.send(None)
    while True:
        print("driver:", msg)
        msg = c.send(msg.upper() if isinstance(msg, str) else None)
except StopIteration as e:
    for part in e.value:
        print(part)

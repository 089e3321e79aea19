# try/except/finally around awaits; exceptions keep their context across suspensions.
class Pause:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        return (yield self.tag)

async def failing(tag):
    await Pause(tag)
    raise KeyError(tag)

async def main():
    log = []
    try:
        await failing("one")
    except KeyError as e:
        log.append(("caught", e.args[0]))
        await Pause("in handler")
        try:
            await failing("two")
        except KeyError as e2:
            log.append(("nested", e2.args[0], repr(e2.__context__)))
    finally:
        await Pause("in finally")
        log.append("finally")
    try:
        try:
            await failing("three")
        finally:
            await Pause("finally while raising")
    except KeyError as e:
        log.append(("after finally", e.args[0]))
    try:
        try:
            await failing("four")
        except KeyError:
            await Pause("before new error")
            raise ValueError("new")
    except ValueError as e:
        log.append(("chained", repr(e.__context__)))
    return log

c = main()
tags = []
try:
    while True:
        tags.append(c.send(None))
except StopIteration as e:
    for item in e.value:
        print(item)
print(tags)

# Yields inside try/except/finally and with blocks resume in the right place.
class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, *exc):
        print("close", self.name, exc[0].__name__ if exc[0] else None)
        return False
def work():
    with Res("a"):
        yield 1
        try:
            yield 2
            raise KeyError("k")
        except KeyError as e:
            yield f"handled {e}"
        finally:
            yield "finally"
    yield "after"
print(list(work()))
def loop():
    for i in range(3):
        if i % 2:
            yield f"odd {i}"
        else:
            yield f"even {i}"
    else:
        yield "loop done"
print(list(loop()))
def nested():
    try:
        yield "a"
        1 / 0
    except ZeroDivisionError:
        yield "zero"
    try:
        yield "b"
    finally:
        print("cleanup b")
print(list(nested()))

# send/throw/close, return values through StopIteration and yield from, PEP 479.
def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    except GeneratorExit:
        print("closing with", received)
g = echo()
print(next(g), g.send("a"), g.send("b"))
g.close()
def inner():
    yield 1
    yield 2
    return "inner done"
def outer():
    result = yield from inner()
    print("result:", result)
    yield 3
print(list(outer()))
def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", e)
c = catcher()
print(next(c), c.throw(ValueError("boom")))
def stops():
    yield 1
    raise StopIteration("oops")
try:
    list(stops())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return i
it = counter(2)
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("returned", e.value)
print(next(it, "exhausted"))

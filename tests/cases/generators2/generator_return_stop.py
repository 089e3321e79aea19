def g():
    yield 1
    return "result"

it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)

def empty():
    return
    yield
print(list(empty()))

def uses_stop():
    yield 1
    raise StopIteration("x")

try:
    list(uses_stop())
except RuntimeError as e:
    print("RuntimeError:", e)

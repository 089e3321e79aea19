# send(), return values and yield from.
def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x

def delegator():
    result = yield from accumulator()
    yield 'final ' + str(result)

acc = accumulator()
print(next(acc))
print(acc.send(5), acc.send(10))
try:
    acc.send(None)
except StopIteration as e:
    print('returned', e.value)
d = delegator()
next(d)
d.send(3)
print(d.send(None))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], 'ab', range(2))))

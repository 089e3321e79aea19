def countdown(n):
    while n > 0:
        cmd = yield n
        if cmd == 'skip':
            n -= 2
        else:
            n -= 1
    return 'liftoff'
g = countdown(6)
print(next(g), g.send(None), g.send('skip'), next(g))
try:
    while True:
        print('tick', next(g))
except StopIteration as e:
    print('stopped with', e.value)
def take_while_positive(xs):
    for x in xs:
        if x <= 0:
            return
        yield x
print(list(take_while_positive([3, 2, 5, -1, 8])))

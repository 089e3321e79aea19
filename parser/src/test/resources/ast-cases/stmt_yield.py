def gen():
    yield
    yield 1
    yield 1, 2
    yield *a, b
    yield from other()
    yield from (x for x in y)
    x = yield
    y = yield 1
    z = yield from w
    f((yield))
    f((yield 1), (yield from g))
    a[(yield)]
    (yield)
    ((yield x))
    print((yield), (yield))
    yield (yield)
    yield lambda: (yield)
    await_result = (yield) + 1
    return (yield 1) if x else (yield 2)

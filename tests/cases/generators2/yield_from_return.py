def inner(n):
    for i in range(n):
        yield i
    return n * 100

def outer():
    r1 = yield from inner(2)
    print("r1", r1)
    r2 = yield from inner(3)
    print("r2", r2)
    return r1 + r2

g = outer()
print(list(g))

def wrapper():
    result = yield from outer()
    yield "total " + str(result)
print(list(wrapper()))

def make_counter(start=0):
    count = start

    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc


c = make_counter(10)
print(c(), c(), c(5))
square = lambda x: x * x
print(square(7), (lambda a, b=2: a ** b)(3))


def adders():
    fns = ()
    for i in range(3):
        fns = fns + ((lambda x, i=i: x + i),)
    return fns


print('skip')
a0, a1, a2 = adders()
print(a0(1), a1(1), a2(1))


def outer():
    x = 'outer x'

    def middle():
        def inner():
            return x
        return inner()
    return middle()


print(outer())


def late():
    def get():
        return value
    try:
        get()
    except NameError as e:
        print('NameError:', e)
    value = 42
    return get()


print(late())


def param_cell(n):
    def show():
        return n * 2
    n += 1
    return show()


print(param_cell(4))
g = 100


def uses_global():
    def inner():
        return g + 1
    return inner()


print(uses_global())
compose = lambda f, g: lambda x: f(g(x))
print(compose(abs, lambda v: v - 10)(3))

def f(a, b=2, *args, c, d=4):
    return (a, b, args, c, d)


print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, d=9))
print(f(*(1, 2, 3), c=0))


def g(x, /, y):
    return x - y


print(g(10, y=3), g(10, 3))


def h(*args):
    return len(args), args


print(h(), h(1), h(*range(3)), h(*'ab', 'c'))


def k(*, key, other=None):
    return key, other


print(k(key=1), k(other=2, key=3))

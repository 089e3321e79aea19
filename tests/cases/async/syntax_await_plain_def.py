def plain():
    return 1


def f(x):
    y = x + 1
    return await y

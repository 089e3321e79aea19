def f():
    y = y + 1
    return y


f()

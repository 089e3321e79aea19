def f(a, b, c):
    return a


print('calling')
f(1)

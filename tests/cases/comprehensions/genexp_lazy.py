# A generator expression is evaluated lazily and only once.
def noisy(x):
    print('computing', x)
    return x * 10

g = (noisy(x) for x in range(3))
print('created')
print(next(g))
print(list(g))
print(list(g))
h = (x for x in range(5))
print(3 in h, list(h))
print(type(g).__name__)

# list() from various iterables.
print(list())
print(list('abc'))
print(list((1, 2, 3)))
print(list(range(5)))
print(list(range(10, 0, -3)))
print(list({'x': 1, 'y': 2}))
print(list({'x': 1, 'y': 2}.values()))
print(list([1, 2]) is not None)
a = [1, 2]
print(list(a) == a, list(a) is a)
print(list(reversed([1, 2, 3])))
try:
    list(5)
except TypeError as e:
    print('caught:', e)

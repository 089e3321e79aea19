# enumerate with and without start.
for i, c in enumerate('abc'):
    print(i, c)
print(list(enumerate(['x', 'y'], 1)))
print(list(enumerate(['x', 'y'], start=10)))
print(list(enumerate([])))
print(list(enumerate(range(3), -1)))
e = enumerate('hi')
print(next(e), next(e))
print(dict(enumerate('ab')))

# Nested unpacking targets.
(a, b), c = (1, 2), 3
print(a, b, c)
x, (y, (z, w)) = 1, (2, (3, 4))
print(x, y, z, w)
for i, (k, v) in enumerate([('a', 1), ('b', 2)]):
    print(i, k, v)
[(p, *q), r] = [[1, 2, 3], 4]
print(p, q, r)
pairs = [(1, 'one'), (2, 'two')]
for num, (first, *others) in pairs:
    print(num, first, others)

points = [(1, 2), (3, 4), (5, 6)]
for x, y in points:
    print(x + y, end=' ')
print()
for i, (x, y) in enumerate(points):
    print(i, x * y)
for first, *rest in [[1, 2, 3], [4], [5, 6]]:
    print(first, rest)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a, b, c)
head, *mid, tail = range(7)
print(head, mid, tail)
a, b = b, a = 1, 2
print(a, b)
x, y = 1

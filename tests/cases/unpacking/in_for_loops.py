# Unpacking in for loops and over dict items.
points = [(1, 2), (3, 4), (5, 6)]
for x, y in points:
    print(x + y)
for key, value in {'a': 1, 'b': 2}.items():
    print(key, value)
for a, *rest in [[1, 2, 3], [4], [5, 6]]:
    print(a, rest)
for (a, b), c in [((1, 2), 3)]:
    print(a, b, c)
total = 0
for _, n in zip('abc', [10, 20, 30]):
    total += n
print(total)

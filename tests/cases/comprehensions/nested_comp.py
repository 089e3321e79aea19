# Nested comprehensions.
print([(x, y) for x in range(3) for y in range(x)])
print([[r * c for c in range(4)] for r in range(3)])
m = [[1, 2, 3], [4, 5, 6]]
print([v for row in m for v in row])
print([[row[i] for row in m] for i in range(3)])
print([x + y for x in 'ab' for y in 'cd' if y != 'c'])
print({i: [j for j in range(i)] for i in range(4)})
print([[y for y in range(x) if y % 2] for x in range(6) if x > 2])
words = ['ab', 'cde']
print([c for w in words for c in w])
print([[c * n for c in w] for n, w in enumerate(words, 1)])

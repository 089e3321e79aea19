print(any([]), all([]), any([0, 0, 1]), all([1, 2, 0]))
print(any(x > 5 for x in range(5)), all(x < 5 for x in range(5)))
def noisy(x):
    print('check', x)
    return x > 2
print(any(noisy(x) for x in [1, 3, 5]))
print(all(noisy(x) for x in [4, 1, 5]))
print(any(['', None, 0.0]), all(['a', 1, [0]]))
grid = [[1, 2], [3, 0], [5, 6]]
print([all(row) for row in grid], any(all(r) for r in grid))

# List comparisons.
print([1, 2] == [1, 2], [1, 2] != [1, 2])
print([1, 2] == [2, 1])
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0])
print([2] > [1, 5], [1, 2] <= [1, 2], [1, 3] >= [1, 2, 9])
print([1, 2] == (1, 2))
print([1, 2.0] == [1.0, 2])
print([[1, 2], [3]] == [[1, 2], [3]])
print(['a', 'b'] < ['a', 'c'])
try:
    [1, 2] < [1, 'x']
except TypeError as e:
    print('caught:', e)
print([1, 'x'] == [1, 2])

# zip, including strict=True.
print(list(zip([1, 2, 3], 'abc')))
print(list(zip([1, 2, 3], 'ab')))
print(list(zip()))
print(list(zip([1, 2])))
print(list(zip(range(3), range(10, 13), 'xyz')))
pairs = [(1, 'a'), (2, 'b')]
nums, letters = zip(*pairs)
print(nums, letters)
print(list(zip('ab', 'cd', strict=True)))
try:
    list(zip([1, 2, 3], [1], strict=True))
except ValueError as e:
    print('caught:', e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print('caught:', e)

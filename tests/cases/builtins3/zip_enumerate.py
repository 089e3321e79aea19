names = ['a', 'b', 'c', 'd']
scores = [90, 85, 77]
print(list(zip(names, scores)))
print(list(enumerate(names, start=1)))
for i, (n, s) in enumerate(zip(names, scores)):
    print(i, n, s)
pairs = [(1, 'x'), (2, 'y'), (3, 'z')]
nums, letters = zip(*pairs)
print(nums, letters)
print(dict(zip(letters, nums)))
print(list(zip()), list(zip([1, 2])))
print(list(zip(range(3), 'abc', [True, False, None])))
try:
    list(zip([1, 2, 3], 'ab', strict=True))
except ValueError as e:
    print('ValueError', e)

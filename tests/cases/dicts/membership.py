# in / not in test keys, not values.
d = {'a': 1, 2: 'b', (3, 4): None}
print('a' in d, 1 in d, 2 in d, 'b' in d)
print((3, 4) in d, [3, 4] == list((3, 4)))
print('z' not in d)
print(None in d, None in d.values())
try:
    [1] in d
except TypeError as e:
    print('caught:', e)

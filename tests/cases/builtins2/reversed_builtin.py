# reversed over sequences.
print(list(reversed([1, 2, 3])))
print(list(reversed('abc')))
print(list(reversed(range(5))))
print(list(reversed((1, 'b'))))
print(''.join(reversed('stressed')))
print(list(reversed({'a': 1, 'b': 2})))
r = reversed([1, 2])
print(next(r), next(r), next(r, 'end'))
try:
    reversed({1, 2})
except TypeError as e:
    print('caught:', e)

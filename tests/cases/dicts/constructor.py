# dict() constructor forms.
print(dict())
print(dict(a=1, b=2))
print(dict([('x', 1), ('y', 2)]))
print(dict([['p', 1], 'qr']))
print(dict({'k': 'v'}, extra=True))
print(dict(zip('abc', range(3))))
print(dict([(1, 'a'), (1, 'b')]))
orig = {'m': 1}
cp = dict(orig)
cp['n'] = 2
print(orig, cp)
try:
    dict([1, 2])
except TypeError as e:
    print('caught:', e)
try:
    dict(['abc'])
except ValueError as e:
    print('caught:', e)

# pop and popitem.
d = {'a': 1, 'b': 2, 'c': 3}
print(d.pop('b'))
print(d.pop('zz', 'default'))
print(d)
print(d.popitem())
print(d)
d['x'] = 9
print(d.popitem(), d.popitem())
print(d)
try:
    d.popitem()
except KeyError as e:
    print('KeyError:', e)
try:
    d.pop('missing')
except KeyError as e:
    print('KeyError:', e)

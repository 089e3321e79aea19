# Dict literals, access and assignment.
d = {'a': 1, 'b': 2}
print(d)
print(d['a'], d['b'])
d['c'] = 3
d['a'] = 10
print(d)
print({})
print(len(d), len({}))
e = {1: 'one', 2.5: 'two and a half', (1, 2): 'tuple', None: 'none'}
print(e)
print(e[(1, 2)], e[None])
del d['b']
print(d)
print({'x': [1, 2], 'y': {'z': 3}})

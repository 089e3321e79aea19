# copy, clear and fromkeys.
d = {'a': [1], 'b': 2}
c = d.copy()
c['b'] = 20
c['a'].append(99)
print(d)
print(c)
d.clear()
print(d, len(d))
print(dict.fromkeys(['x', 'y', 'z']))
print(dict.fromkeys('abc', 0))
f = dict.fromkeys(range(3), [])
f[0].append('shared')
print(f)
print(dict.fromkeys([]))

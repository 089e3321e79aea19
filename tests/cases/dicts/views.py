# keys, values and items views.
d = {'x': 1, 'y': 2}
k = d.keys()
v = d.values()
it = d.items()
print(k)
print(v)
print(it)
d['z'] = 3
print(k, len(k))
print(list(v))
print('x' in k, 1 in v, ('y', 2) in it, ('y', 3) in it)
for key, val in d.items():
    print(key, val)
print(sorted(k | {'w'}))
print(sorted(k & {'x', 'q'}))
print(sorted(k - {'x'}))
print(d.keys() == {'x', 'y', 'z'})

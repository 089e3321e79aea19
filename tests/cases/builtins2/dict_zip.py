# Building dicts from zip and using min/max with key.
keys = ['a', 'b', 'c']
vals = [3, 1, 2]
d = dict(zip(keys, vals))
print(d)
print(max(d, key=d.get), min(d, key=lambda k: d[k]))
inv = dict(zip(d.values(), d.keys()))
print(inv)
print(dict(zip(range(3), 'xyz')))
print(list(zip(*d.items())))
print(sorted(d.items(), key=lambda kv: kv[1]))

# Uncaught TypeError from an unhashable dict key.
d = {}
d['ok'] = 1
d[(1, 2)] = 2
d[frozenset([3])] = 3
print(d)
print(len(d), frozenset([3]) in d)
key = [1, 2]
print(d.get(tuple(key)))
d[key] = 3

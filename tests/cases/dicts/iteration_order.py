# Dicts preserve insertion order; re-assigning keeps the position.
d = {}
for k in ['zeta', 'alpha', 'mid', 'beta']:
    d[k] = len(k)
print(list(d))
d['alpha'] = 100
print(list(d.items()))
del d['zeta']
d['zeta'] = 0
print(list(d))
for k in d:
    print(k, d[k])
n = {}
for i in [5, 3, 9, 1]:
    n[i] = i * i
print(n)
print(list(reversed(n)))

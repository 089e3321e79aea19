# Adding keys while iterating over a dict is an error.
d = {'a': 1, 'b': 2}
for k in list(d):
    d[k + k] = 0
print(d)
try:
    for k in d:
        d['new'] = 1
except RuntimeError as e:
    print('caught:', e)
print(len(d))
e = {1: 1, 2: 2}
for k in e:
    e[k] = k * 100
print(e)
for k in e:
    del e[k]

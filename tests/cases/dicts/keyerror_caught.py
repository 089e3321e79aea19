# KeyError messages show the repr of the key.
d = {'a': 1}
for key in ['b', 42, (1, 2), None, '']:
    try:
        d[key]
    except KeyError as e:
        print('KeyError', e, e.args)
try:
    del d['zz']
except KeyError as e:
    print('del:', repr(e))
try:
    {}[[1]]
except TypeError as e:
    print('caught:', e)

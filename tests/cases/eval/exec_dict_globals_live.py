# A dict given to exec as globals is the namespace of the code it runs, from then on: functions
# defined there see later changes to the dict, and their global writes show in it.
ns = {}
exec("counter = 0\ndef inc():\n    global counter\n    counter += 1\n    return counter", ns)
ns['inc'](); ns['inc']()
print(ns['counter'], sorted(k for k in ns if k != '__builtins__'))
ns['counter'] = 10
print(ns['inc'](), ns['counter'], ns['inc'].__globals__ is ns)
exec("g = globals()\nx = 5", ns)
print(ns['g'] is ns, ns['x'], len(ns), 'x' in ns, ns.get('nope', 'dflt'))
del ns['x']
print('x' in ns, list(ns)[:2])
ns2 = {1: 'int key'}
exec("y = 3", ns2)
print(ns2[1], ns2['y'])
d = {'a': 1}
print(eval('a + 1', d), sorted(d))
ns.clear(); print(ns)
ns['z'] = 1; exec('z += 1', ns); print(ns['z'])
e = {}
exec('def f(): return undefined_name', e)
try:
    e['f']()
except NameError as err:
    print(err)
e['undefined_name'] = 'now defined'
print(e['f']())
print(ns.copy() == ns, type(ns.copy()), {**ns}.keys() - {'__builtins__'})
ns.update(q=1); print(ns['q'])
print(ns.pop('q'), 'q' in ns, ns.setdefault('r', 7), ns.popitem())
try:
    ns[5] = 'int'
    print(ns[5])
except TypeError as err:
    print('TypeError', err)

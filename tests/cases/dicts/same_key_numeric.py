# 1, 1.0 and True are the same key; the first key object is kept.
d = {}
d[1] = 'int'
d[1.0] = 'float'
d[True] = 'bool'
print(d)
print(len(d))
e = {True: 'a', 1: 'b', 1.0: 'c'}
print(e)
f = {0: 'zero', False: 'false', 0.0: 'zero-float'}
print(f)
print({1: 'x'}[True], {0.0: 'y'}[0])
g = {2.0: 'two'}
g[2] = 'TWO'
print(g)
print(hash(1) == hash(1.0) == hash(True))

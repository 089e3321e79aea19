# frozenset is immutable and hashable.
f = frozenset([3, 1, 2, 1])
print(f)
print(frozenset())
print(len(f), 2 in f)
print(f | {5}, type(f | {5}).__name__)
print({5} | f, type({5} | f).__name__)
d = {f: 'frozen'}
print(d[frozenset({1, 2, 3})])
s = {frozenset([1]), frozenset([1])}
print(len(s))
print(hasattr(f, 'add'))
try:
    {{1}}
except TypeError as e:
    print('caught:', e)

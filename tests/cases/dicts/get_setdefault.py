# get and setdefault.
d = {'a': 1}
print(d.get('a'), d.get('b'), d.get('b', 0))
print(d.setdefault('a', 100))
print(d.setdefault('b', 2))
print(d.setdefault('c'))
print(d)
groups = {}
for w in ['apple', 'avocado', 'banana', 'cherry', 'blueberry']:
    groups.setdefault(w[0], []).append(w)
print(groups)
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
print(counts)

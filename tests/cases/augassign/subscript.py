# Augmented assignment to subscripts.
a = [1, 2, 3]
a[0] += 10
a[-1] *= 5
a[1] -= 7
print(a)
d = {'x': 10, 'y': 1}
d['x'] -= 2
d['y'] **= 3
d['x'] //= 3
print(d)
m = [[0, 0], [0, 0]]
m[1][0] += 4
m[0][1] |= 6
print(m)
counts = {}
for w in 'a b a c a b'.split():
    counts[w] = counts.get(w, 0)
    counts[w] += 1
print(counts)

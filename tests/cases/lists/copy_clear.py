# copy and clear.
a = [1, [2, 3], 4]
b = a.copy()
print(b, b == a, b is a)
b.append(5)
print(a, b)
b[1].append('shared')
print(a)
c = a[:]
c[0] = 'x'
print(a, c)
a.clear()
print(a, len(a))
print(b)
d = list(b)
print(d == b, d is b)

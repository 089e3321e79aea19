# +, *, += and *= on lists.
a = [1, 2]
b = [3]
print(a + b)
print(a * 3)
print(3 * b)
print(a * 0, a * -1)
c = a
c += [9]
print(a, c, a is c)
d = a
d = d + [10]
print(a, d)
e = [0]
f = e
e *= 3
print(f, e is f)
g = [[]] * 3
g[0].append(1)
print(g)
a += 'xy'
print(a)
try:
    a + (1,)
except TypeError as e:
    print('caught:', e)

a = [1, [2, 3], 4]
b = a
c = a[:]
d = list(a)
b.append(5)
print(a, c, d)
c[1].append(99)
print(a[1], d[1])
def deep(x):
    return [deep(i) if isinstance(i, list) else i for i in x]
e = deep(a)
e[1].append(100)
print(a[1], e[1])
print(a is b, a is c, a == c, c == d)
f = a.copy()
f[0] = "changed"
print(a[0], f[0])
def mutate(lst):
    lst += [0]
    lst = [1]
    return lst
g = [9]
print(mutate(g), g)

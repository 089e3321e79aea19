# Mutating a list while iterating over it follows the index.
a = [1, 2, 3, 4, 5, 6]
for x in a:
    if x % 2 == 0:
        a.remove(x)
print(a)
b = [1, 2, 3]
n = 0
for x in b:
    if len(b) < 6:
        b.append(x * 10)
    n += 1
print(b, n)
c = [1, 2, 3, 4]
for x in c[:]:
    c.remove(x)
print(c)
d = [5, 6, 7]
out = []
for x in d:
    out.append(x)
    d.pop()
print(out, d)

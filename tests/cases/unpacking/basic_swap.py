# Tuple unpacking and swaps.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = 'xyz'
print(x, y, z)
(p, q) = [10, 20]
print(p, q)
[m, n] = (3, 4)
print(m, n)
a, b, c = range(3)
print(a, b, c)
k, v = {'key': 1}.popitem()
print(k, v)
i = j = 0
i, j = j + 1, i + 2
print(i, j)
lst = [1, 2, 3]
lst[0], lst[2] = lst[2], lst[0]
print(lst)

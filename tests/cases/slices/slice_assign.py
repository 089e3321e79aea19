# Slice assignment can grow and shrink a list.
a = [0, 1, 2, 3, 4, 5]
a[1:3] = ['a', 'b', 'c', 'd']
print(a)
a[1:5] = []
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [6, 7]
print(a)
a[2:2] = 'xy'
print(a)
a[:] = range(3)
print(a)
b = [1, 2, 3]
b[1:] = b
print(b)
c = [1, 2, 3]
c[5:10] = [9]
print(c)
try:
    c[0:1] = 5
except TypeError as e:
    print('caught:', e)

# Extended slice assignment requires matching lengths.
a = list(range(8))
a[::2] = ['a', 'b', 'c', 'd']
print(a)
a[1::2] = [10, 20, 30, 40]
print(a)
a[::-3] = 'XYZ'
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print('caught:', e)
b = [1, 2, 3]
b[::1] = [7, 8, 9, 10]
print(b)
b[::-1] = [1, 2, 3, 4]
print(b)

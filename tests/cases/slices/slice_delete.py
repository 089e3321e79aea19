# Deleting slices.
a = list(range(10))
del a[2:4]
print(a)
del a[::2]
print(a)
del a[-1:]
print(a)
del a[::-1]
print(a)
b = list(range(10))
del b[1:8:3]
print(b)
del b[100:]
print(b)
del b[:]
print(b)

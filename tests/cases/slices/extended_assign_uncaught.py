# Uncaught ValueError from extended slice assignment.
a = [0, 1, 2, 3, 4, 5]
a[::3] = ['x', 'y']
print(a)
a[1:3] = [1]
print(a)
a[::2] = 'abc'
print(a)
print(len(a[1::2]))
a[1::2] = [1]

# index and count.
a = ['a', 'b', 'c', 'b', 'a', 'b']
print(a.index('b'))
print(a.index('b', 2))
print(a.index('b', 4))
print(a.index('a', 1, 5))
print(a.count('b'), a.count('a'), a.count('z'))
print([1, 1.0, True].count(1))
print([[1], [1], [2]].count([1]))
try:
    a.index('z')
except ValueError as e:
    print('ValueError:', e)
try:
    a.index('c', 3)
except ValueError as e:
    print('ValueError:', e)

# Sorting incomparable elements raises TypeError.
a = [3, 1, 2]
a.sort()
print(a)
try:
    [1, 'a'].sort()
except TypeError as e:
    print('caught:', e)
b = [2, None, 1]
b.sort()

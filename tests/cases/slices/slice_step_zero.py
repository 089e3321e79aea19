# A zero slice step is an error.
a = [1, 2, 3]
try:
    a[::0]
except ValueError as e:
    print('caught:', e)
try:
    'abc'[1:2:0]
except ValueError as e:
    print('caught:', e)
print(a[::1])
print((1, 2, 3)[::0])

# Assigning past the end of a list raises IndexError with a different message.
a = [1, 2, 3]
try:
    a[3] = 4
except IndexError as e:
    print('caught:', e)
try:
    del a[10]
except IndexError as e:
    print('caught:', e)
try:
    a['x']
except TypeError as e:
    print('caught:', e)
a[-3] = 'first'
print(a)

# Reading past the end of a list raises IndexError.
a = [1, 2, 3]
try:
    a[3]
except IndexError as e:
    print('caught:', e)
try:
    a[-4]
except IndexError as e:
    print('caught:', e)
try:
    [][0]
except IndexError as e:
    print('caught:', e)
print(a[2])
print(a[5])

# Strings and tuples do not support item or slice assignment.
s = 'abc'
try:
    s[0] = 'x'
except TypeError as e:
    print('caught:', e)
t = (1, 2, 3)
try:
    t[0:1] = (9,)
except TypeError as e:
    print('caught:', e)
try:
    del t[0]
except TypeError as e:
    print('caught:', e)
s2 = 'x' + s[1:]
print(s2)
t[1] = 5

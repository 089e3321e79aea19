# Set error cases.
s = {1, 2}
try:
    s[0]
except TypeError as e:
    print('caught:', e)
try:
    set([[1]])
except TypeError as e:
    print('caught:', e)
try:
    frozenset([1]).add(2)
except AttributeError as e:
    print('caught:', e)
try:
    {1} + {2}
except TypeError as e:
    print('caught:', e)
print(set('aab') == {'a', 'b'})

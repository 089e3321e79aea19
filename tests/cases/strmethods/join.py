# str.join.
print(','.join(['a', 'b', 'c']))
print(''.join(['x', 'y']))
print(' - '.join('abc'))
print('|'.join([]))
print(', '.join(str(i) for i in range(4)))
print('\n'.join(['line1', 'line2']))
print('.'.join(('only',)))
print(':'.join({'k1': 1, 'k2': 2}))
try:
    ','.join(['a', 1])
except TypeError as e:
    print('caught:', e)

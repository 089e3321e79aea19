b = b'hello world'
print(b[0], b[-1], b[4], type(b[0]).__name__)
print(b[1:5], b[::-1], b[::2], b[-5:], b[100:], b[:0])
print(list(b[:3]), tuple(b'ab'))
for x in b'hi!':
    print(x, chr(x))
print(b'o' in b, b'wor' in b, 111 in b, 5 in b, b'' in b)
it = iter(b'xy')
print(type(it).__name__, next(it), next(it), next(it, 'end'))
try:
    b[11]
except IndexError as e:
    print('IndexError:', e)
try:
    b['x']
except TypeError as e:
    print('TypeError:', e)
try:
    300 in b
except ValueError as e:
    print('ValueError:', e)
try:
    'h' in b
except TypeError as e:
    print('TypeError:', e)

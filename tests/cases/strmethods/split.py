# str.split with and without separators.
print('a b  c'.split())
print('  leading and trailing  '.split())
print('a,b,,c'.split(','))
print('a,b,c'.split(',', 1))
print('a::b::c'.split('::'))
print(''.split(), ''.split(','))
print('one\ttwo\nthree'.split())
print('a b c d'.split(maxsplit=2))
print('xyz'.split('q'))
try:
    'abc'.split('')
except ValueError as e:
    print('caught:', e)

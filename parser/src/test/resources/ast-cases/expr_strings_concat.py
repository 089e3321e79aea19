x = 'a' 'b'
x = 'a' "b" '''c''' """d"""
x = ('a'
     'b'
     'c')
x = 'a' \
    'b'
x = b'a' b'b'
x = b'a' rb'b' B"c"
x = r'\a' '\a'
x = u'a' r'b'
x = 'a' f'b'
x = f'a' 'b'
x = 'a' f'{b}' 'c'
x = ('implicit'
     f'{x}'
     'concat'
     f' {y!r}')
x = '' ''
x = '' 'a' ''
f('a' 'b', 'c' 'd')
d = {'k' 'ey': 'v' 'al'}
class C:
    'doc' 'string'
def f():
    'doc' f'{x}'

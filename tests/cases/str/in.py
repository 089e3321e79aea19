print('a' in 'abc')
print('d' in 'abc')
print('bc' in 'abc')
print('ac' in 'abc')
print('ac' not in 'abc')
print('' in 'abc')
print('' in '')
print('abc' in 'abc')
print('abcd' in 'abc')
print('😀' in 'a😀b')
print('b' in 'a😀b')
print('\ude00' in '😀')
print('A' in 'abc')
print('é' in 'café')
x = 'needle'
hay = 'haystack with a needle in it'
print(x in hay)
print(x not in hay)
if 'stack' in hay:
    print('found stack')
if 'zzz' not in hay:
    print('no zzz')

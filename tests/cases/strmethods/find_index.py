# find, rfind, index and rindex.
s = 'hello world, hello'
print(s.find('hello'), s.rfind('hello'))
print(s.find('o'), s.rfind('o'))
print(s.find('xyz'), s.rfind('xyz'))
print(s.find('o', 5), s.find('o', 5, 7))
print(s.find(''), s.rfind(''))
print(s.index('world'), s.rindex('l'))
try:
    s.index('xyz')
except ValueError as e:
    print('caught:', e)
try:
    s.rindex('q')
except ValueError as e:
    print('caught:', e)

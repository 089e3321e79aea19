# partition and rpartition always return three parts.
for s in ['key=value', 'key=value=more', 'novalue', '=', '', 'a==b']:
    print(repr(s), s.partition('='), s.rpartition('='))
print('a==b'.partition('=='), 'x😀y😀z'.rpartition('😀'))
url = 'https://example.com/path/page.html'
scheme, _, rest = url.partition('://')
host, _, path = rest.partition('/')
print(scheme, host, path, path.rpartition('.')[2])
head, sep, tail = 'no separator here'.partition(',')
print(repr(head), repr(sep), repr(tail))
for bad in [lambda: 'a'.partition(''), lambda: 'a'.rpartition(''), lambda: 'a'.partition(None),
            lambda: 'a'.partition(), lambda: 'a'.rpartition('a', 'b')]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

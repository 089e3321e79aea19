# split and rsplit: whitespace runs vs an explicit separator, maxsplit, keywords.
line = '  alpha  beta\tgamma\n delta  '
print(line.split())
print(line.split(None, 1), line.rsplit(None, 1))
print(line.split(maxsplit=2), line.rsplit(maxsplit=2))
csv = 'a,b,,c,'
print(csv.split(','), csv.rsplit(','), csv.split(',', 2), csv.rsplit(',', 2))
print(csv.split(sep=',', maxsplit=0), csv.split(',', -5))
print(''.split(), ''.split(','), '   '.split(), '   '.split(' '))
print('a||b||c'.split('||'), 'a||b||c'.rsplit('||', 1))
print('one\u3000two\u2028three\x1cfour'.split())
print('x😀y😀z'.split('😀'), 'x😀y😀z'.rsplit('😀', 1))
print('key=value=more'.split('=', 1), 'path/to/file.txt'.rsplit('/', 1)[-1])
for bad in [lambda: 'a'.split(''), lambda: 'a'.rsplit(''), lambda: 'a'.split(1),
            lambda: 'a'.split(',', '2'), lambda: 'a'.split(',', 1, 2), lambda: 'a'.split(',', sep=','),
            lambda: 'a'.split(x=1)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

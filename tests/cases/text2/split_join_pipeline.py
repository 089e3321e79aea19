raw = '  name = Alice ;age= 30;  city =  New York ; ;empty=  '
pairs = [p.strip() for p in raw.split(';') if p.strip()]
print(pairs)
parsed = {}
for p in pairs:
    k, sep, v = p.partition('=')
    parsed[k.strip()] = v.strip()
print(parsed)
print(', '.join(f'{k}={v!r}' for k, v in parsed.items()))
line = 'a,b,,c,'
print(line.split(','), line.split(',', 2), line.rsplit(',', 1), line.strip(',').split(','))
print('one  two\tthree\nfour'.split(), '  x  '.split(' '))
print('key:value:extra'.partition(':'), 'nocolon'.partition(':'), 'a:b:c'.rpartition(':'))
print('-'.join('abc'), ''.join(reversed('stressed')), '/'.join(['usr', 'local', 'bin']))

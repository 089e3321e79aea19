# Uncaught "not enough values to unpack".
def parse(line):
    key, sep, value = line.split(':')
    return key, value

print(parse('a:b:c'))
first, *rest = 'x:y'.split(':')
print(first, rest)
try:
    a, b, c = 'p:q'.split(':')
except ValueError as e:
    print('caught:', e)
print(parse('a:b'))

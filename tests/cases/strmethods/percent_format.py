# printf-style % formatting.
print('%s is %d years' % ('Bob', 42))
print('%5d|%-5d|%05d' % (42, 42, 42))
print('%.2f %8.3f %e' % (3.14159, 2.5, 12345.678))
print('%x %X %o %#x' % (255, 255, 8, 255))
print('%r %s' % ('hi', 'hi'))
print('%c%c' % (72, 'i'))
print('100%%' % ())
print('%(name)s=%(val)d' % {'name': 'x', 'val': 3})
print('%s' % [1, 2])
print('%s' % (1,))
print('%*d' % (6, 7))
try:
    '%d' % 'x'
except TypeError as e:
    print('caught:', e)
try:
    '%s %s' % ('a',)
except TypeError as e:
    print('caught:', e)

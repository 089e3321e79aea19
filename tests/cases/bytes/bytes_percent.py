print(b'%s %d %x %r %a %c %c' % (b'x', 5, 255, b'y', 'z', 65, b'B'))
print(b'%5s|%-5s|%05d|%.2f|%e' % (b'ab', b'cd', 42, 3.14159, 12345.678))
print(b'%(a)s and %(b)d' % {b'a': b'va', b'b': 7})
print(b'%b %s' % (bytearray(b'q'), memoryview(b'mv')), b'100%%' % (), b'%o %X %#x' % (8, 255, 255))
print(b'%s' % b'single', b'%i' % True, b'%3c|' % 120)
for fmt, arg in [(b'%s', 'str'), (b'%d', 'x'), (b'%c', 300), (b'%c', b'ab'), (b'%s %s', (b'a',)), (b'%s', (b'a', b'b')), (b'%y', 1)]:
    try:
        print(fmt % arg)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

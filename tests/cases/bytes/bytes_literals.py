# bytes literals and their reprs
print(b'abc', b"double", b'it\'s', b"say \"hi\"", b'both \' and "')
print(b'\x00\x01\x7f\x80\xff', b'\t\n\r\\', b'\a\b\f\v')
print(rb'\n raw', br'\x00', b'con' b'cat')
print(len(b''), len(b'\xff\xfe'), type(b'').__name__)
print(repr(b''), str(b'xy'), ascii(b'\xe9'))
print(f'{b"fmt"}', f'{b"r"!r}', '%s' % b'pct', '{}'.format(b'br'))
print(bool(b''), bool(b'\x00'))

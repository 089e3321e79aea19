print(b'caf\xc3\xa9'.decode(), b'caf\xe9'.decode('latin-1'), b'\xff\xfea\x00'.decode('utf-16'), b'a\x00\x00\x00'.decode('utf-32-le'))
print(b'\xf0\x9f\x98\x80'.decode('utf-8'), len(b'\xf0\x9f\x98\x80'.decode()), bytearray(b'ok').decode('ascii'))
bad = [b'\xff', b'\xe9abc', b'\xe2\x82', b'\xe2\x82x', b'\xed\xa0\x80', b'\xf4\x90\x80\x80', b'\xc0\x80', b'ab\x80']
for b in bad:
    try:
        b.decode()
    except UnicodeDecodeError as e:
        print(b, '->', e, e.start, e.end)
    print(b.decode('utf-8', 'replace'), ascii(b.decode('utf-8', 'surrogateescape')), b.decode('utf-8', 'backslashreplace'),
          b.decode('utf-8', 'ignore'))
try:
    b'\xe9'.decode('ascii')
except UnicodeDecodeError as e:
    print(e, e.object, e.encoding, e.reason)
print(b'a'.decode(errors='bogus'), b'\xe9'.decode('ascii', 'replace'))
print('x\udcffy'.encode('utf-8', 'surrogateescape').decode('utf-8', 'surrogateescape') == 'x\udcffy')

print(b'ab' + b'cd', b'ab' * 3, 2 * b'xy', b'x' * 0, b'x' * -2)
print(b'ab' + bytearray(b'cd'), bytearray(b'ab') + b'cd', b'a' + memoryview(b'b'))
print(b'abc' == b'abc', b'abc' != b'abd', b'abc' < b'abd', b'b' > b'abc', b'ab' <= b'ab', b'' < b'\x00')
print(b'abc' == 'abc', b'a' == 97, bytearray(b'x') == b'x', b'\xff' > b'\x7f')
print(sorted([b'b', b'a', b'ab', b'\x00']), max(b'q', b'z'), min([b'zz', b'z']))
print(hash(b'') == 0, hash(b'abc') == hash(b'abc'), {b'k': 1}[b'k'], len({b'a', b'a', b'b'}))
for bad in [lambda: b'a' + 'b', lambda: b'a' * 'b', lambda: b'a' < 'b', lambda: b'a' - b'a', lambda: 1 + b'a']:
    try:
        bad()
    except TypeError as e:
        print(e)

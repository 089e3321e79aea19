print(b'a,b,,c'.split(b','), b'a,b,,c'.split(b',', 1), b'a,b,,c'.rsplit(b',', 1))
print(b'  a  b \t c\n'.split(), b'  a b  c  '.split(None, 1), b'  a b  c  '.rsplit(None, 1), b''.split(), b''.split(b','))
print(b'a\nb\r\nc\rd'.splitlines(), b'a\nb\r\n'.splitlines(True), b'a\nb\r\n'.splitlines(keepends=True))
print(b'k=v=w'.partition(b'='), b'k=v=w'.rpartition(b'='), b'kv'.partition(b'='), b'kv'.rpartition(b'='))
print(b', '.join([b'a', bytearray(b'b'), memoryview(b'c')]), b''.join([]), b'-'.join(x for x in [b'1', b'2']))
print(b'  pad  '.strip(), b'xxhixx'.strip(b'x'), b'  l'.lstrip(), b'r  '.rstrip(), b'abcba'.strip(b'ab'))
print(b'prefix-body'.removeprefix(b'prefix-'), b'body.txt'.removesuffix(b'.txt'), b'x'.removeprefix(b'y'))
print(b'aaa'.replace(b'a', b'b'), b'aaa'.replace(b'a', b'bb', 2), b'abc'.replace(b'', b'-'), b'abc'.replace(b'x', b'y'))
for call in [lambda: b'a'.split(b''), lambda: b'a'.split('a'), lambda: b''.join([b'a', 'b']), lambda: b'ab'.partition(b''),
             lambda: b'a'.strip('a'), lambda: b'a'.replace('a', b'b')]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

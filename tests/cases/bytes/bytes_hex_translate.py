print(b'\x00\xab\xff'.hex(), b'abcdef'.hex(':'), b'abcdef'.hex(':', 2), b'abcde'.hex('-', 2), b'abcde'.hex('-', -2))
print(bytes.fromhex('00 ab ff'), bytes.fromhex(''), bytearray.fromhex('4142'), type(bytearray.fromhex('')).__name__)
for s in ['a', 'zz', '0g', 'ab c']:
    try:
        print(bytes.fromhex(s))
    except ValueError as e:
        print(e)
table = bytes.maketrans(b'abc', b'xyz')
print(len(table), b'aabbcc'.translate(table), b'abc'.translate(None, b'b'), b'abcabc'.translate(table, b'a'))
try:
    b'abc'.translate(b'short')
except ValueError as e:
    print(e)
try:
    bytes.maketrans(b'ab', b'c')
except ValueError as e:
    print(e)

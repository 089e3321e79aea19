print(bytearray(), bytearray(3), bytearray(b'abc'), bytearray([1, 2]), bytearray('hé', 'utf-8'), bytearray(range(3)))
ba = bytearray(b'Hello World')
print(ba.upper(), ba.split(), ba.replace(b'l', b'L'), type(ba.upper()).__name__, type(ba[1:]).__name__)
print(ba[0], ba[-1], ba[1:4], ba.find(b'World'), ba.count(b'l'), b'World' in ba, ba.decode())
print(ba == b'Hello World', ba == bytearray(b'Hello World'), ba < b'Z', repr(ba), str(bytearray(b'q')))
print(ba.hex(), ba.partition(b' '), bytearray(b'a,b').split(b','))
print(list(bytearray(b'\x01\x02')), type(iter(ba)).__name__)
for args in [(1.5,), ('a',), (-1,), ([300],), (b'a', 'x')]:
    try:
        print(bytearray(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

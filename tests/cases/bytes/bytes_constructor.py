print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(250, 256)), bytes(b'copy'))
print(bytes('héllo', 'utf-8'), bytes('abc', encoding='ascii'), bytes(bytearray(b'ba')), bytes(memoryview(b'mv')))
print(bytes((x for x in [1, 2])), bytes({5: 'x'}), bytes(True))
class WithBytes:
    def __bytes__(self):
        return b'custom'
class Idx:
    def __index__(self):
        return 2
print(bytes(WithBytes()), bytes(Idx()), bytes([Idx()]))
for args in [('abc',), (-1,), ([256],), ([1.5],), (1.5,), (b'a', 'ascii'), (1, None, 'strict')]:
    try:
        print(bytes(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    bytes(1, errors='x')
except TypeError as e:
    print(e)
class Bad:
    def __bytes__(self):
        return 'str'
try:
    bytes(Bad())
except TypeError as e:
    print(e)

# The struct module over _struct: sizes and alignment, pack/unpack of every code, errors, Struct.
import struct
for f in ['h', 'i', 'l', 'q', '<l', '>q', '@bhi', '<bhi', '=i', '!H', '3s', 'e', '?', 'P', 'n', 'x2h', '2i3x', 'ci']:
    print(f, struct.calcsize(f))
print(struct.pack('<hi', 1, -2), struct.unpack('>I', b'\x00\x00\x01\x00'), struct.pack('3s', b'ab'), struct.pack('e', 1.5), struct.pack('?', 5))
print(struct.unpack('<hHbBq', struct.pack('<hHbBq', -2, 65535, -128, 255, -(2**63))), struct.unpack('<Q', b'\xff' * 8))
print(struct.unpack('<fd', struct.pack('<fd', 1.25, -2.5)), struct.unpack('5p', struct.pack('5p', b'abcdefg')), struct.pack('@bi', 1, 2))
for bad in [lambda: struct.pack('h', 70000), lambda: struct.pack('B', -1), lambda: struct.pack('i', 1.5), lambda: struct.unpack('i', b'ab'),
            lambda: struct.pack('hh', 1), lambda: struct.calcsize('z'), lambda: struct.pack('c', b'ab'), lambda: struct.pack('<Q', -1),
            lambda: struct.pack('q', 2**63), lambda: struct.pack('<i', 2**31), lambda: struct.calcsize('3')]:
    try:
        bad()
    except struct.error as e:
        print(type(e).__name__, e)
s = struct.Struct('<i')
print(s.size, s.format, list(struct.iter_unpack('<h', b'\x01\x00\x02\x00')), struct.unpack_from('<h', b'\x00\x01\x00', 1), s.pack(7), s.unpack(b'\x07\x00\x00\x00'))
buf = bytearray(8); struct.pack_into('<hh', buf, 2, 1, 2); print(buf)
print(issubclass(struct.error, Exception), struct.error.__module__)

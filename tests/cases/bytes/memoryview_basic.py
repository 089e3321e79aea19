m = memoryview(b'abcdef')
print(m.nbytes, m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides, m.obj, len(m))
print(m[1], m[-1], m[1:3].tobytes(), m[::2].tolist(), m.hex(), len(m[::2]), bytes(m[::-1]), list(m[:2]))
b = bytearray(b'xyz')
v = memoryview(b)
v[0] = 65
v[1:3] = b'QR'
print(b, v.readonly, v.tobytes())
try:
    b.append(1)
except BufferError as e:
    print('BufferError', e)
v.release()
b.append(1)
print(b)
try:
    v[0]
except ValueError as e:
    print(e)
try:
    memoryview(b'a')[0] = 1
except TypeError as e:
    print(e)
print(memoryview(b'ab') == b'ab', memoryview(b'ab') == memoryview(bytearray(b'ab')), b'ab' == memoryview(b'ab'))
try:
    memoryview('x')
except TypeError as e:
    print(e)
with memoryview(b'x') as q:
    print(q.tobytes())
print(repr(q).startswith('<released memory at 0x'))

print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, byteorder='little'), (-1).to_bytes(2, 'big', signed=True), (255).to_bytes())
print((0).to_bytes(0, 'big'), (2**64).to_bytes(9, 'little'), (-129).to_bytes(2, 'big', signed=True))
print(int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes([1, 2], 'little'), int.from_bytes(b''), int.from_bytes(b'\x01\x00'))
print(int.from_bytes(bytearray(b'\x80'), 'big', signed=True), int.from_bytes(b'\x00' * 20 + b'\x01', 'big'))
for n in [0, 1, 127, 128, 255, 256, -1, -128, 2**70]:
    length = (n.bit_length() + 8) // 8
    b = n.to_bytes(length, 'little', signed=True)
    print(n, b, int.from_bytes(b, 'little', signed=True) == n)
for call in [lambda: (128).to_bytes(1, 'big', signed=True), lambda: (1).to_bytes(-1, 'big'), lambda: (1).to_bytes(1, 'x'),
             lambda: (-1).to_bytes(1, 'big'), lambda: int.from_bytes('ab', 'big'), lambda: (256).to_bytes(1, 'big')]:
    try:
        call()
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)

for n in [0, 1, 2, 3, 7, 8, 255, 256, -1, -8, -9, 2**100]:
    print(n, n.bit_length())
print((37).bit_count(), (-37).bit_count(), (2**64 - 1).bit_count())
print((1024).to_bytes is not None)
x = 0b101101
print(x & 0b1111, x | 0b10, x ^ 0b111111, ~x, x << 3, x >> 2)
print(-17 >> 2, -17 << 2, -1 >> 100)

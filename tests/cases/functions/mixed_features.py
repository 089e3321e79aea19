def f(a, b=2, *args, c, d=4):
    return (a, b, args, c, d)
print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, d=9))
def g(x, /, y):
    return x - y
print(g(10, y=3))
print(g(10, 3))
def h(*args):
    return len(args)
print(h(), h(1), h(1, 2, 3))
print((1, 2) + (3,), (1, 2) * 2, (1, 2) < (1, 3), (1, 2) == (1, 2), 2 in (1, 2))
print('ab' < 'b', 'abc'[1], 'abc'[-1], len('héllo'), 'x' * 0, 'ab' * -1)
print(repr('a\'b'), repr("a\"b"), repr('a\'"b'), repr('\x00\x7f\u200b'), repr('é😀'))
print(str(1.5), str(-0.0), str(True), repr(None), str((1, 'a', 2.5)))
print(int('  12_345  '), int('0x1F', 16), int('0x1f', 0), int('-0b101', 0), int(3.99), int(-3.99), int(True))
print(float(' 1.5e3 '), float('-inf'), float('NaN'), float(7), float('1_000.5'))
print(divmod(-7, 2), divmod(7.5, -2), pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(-3, 3, 7), pow(2, 3, -5))
print(min(3, 1, 2), max(3, 1, 2), min('b', 'a'), max((1, 2), (1, 3)), min(range(5, 10)))
print(isinstance(True, int), isinstance(1, (str, float)), isinstance(1.0, float), type(True), type(None), type(range(3)))
print(abs(-5), abs(-2.5), abs(-(2**70)), -(2**63), 2**63 - 1 + 1, (-2**63) // -1)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, None is None)
print(0 or 'x', 3 and 4, not 0, not 'a', '' or 0 or None)
x = 5
x += 3; x -= 1; x *= 2; x //= 3; x **= 2; x %= 7; x <<= 3; x >>= 1; x |= 1; x &= 0xff; x ^= 0x10
print(x)
a = b = 7
a, b = b, a + 1
print(a, b)
t = (1, (2, 3))
p, (q, r) = t
print(p, q, r)
for i, ch in ((1, 'a'), (2, 'b')):
    print(i, ch, end=';')
print()
print(*range(3), sep='-', end='!\n')
for c in 'hé😀':
    print(c, end='|')
print()
print(round if False else 'no round', 10 ** 20, 2 ** 0.5, 10 / 4, 7 // -2, -7 % 3, 7.0 % -3)
print(1e300 * 10, -1e300 * 10, 1e-320, 123456789.123456789, 0.1 + 0.2, 1 / 3, 2 / 3)
print(range(10), range(1, 10, 2), len(range(0, 100, 7)), 5 in range(10), range(3) == range(0, 3))
print(hash is None if False else 1)

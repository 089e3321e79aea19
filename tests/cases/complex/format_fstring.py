# f-strings, str.format and conversions with complex values.
z = 3.14159 - 2.71828j
w = 2j
print(f'{z}|{z!r}|{z!s}|{w}|{-w}')
print(f'{z:.2f}|{z:>30}|{z:<30.3}|{z:^30.4e}|{w:+g}|{w: }')
width = 25
prec = 3
print(f'{z:{width}.{prec}f}|{z:*^{width}}|{z=}|{z * w = :.1f}')
print('{} and {:.1f} and {!r:>12}'.format(z, w, 1 + 1j))
print('{0.real} {0.imag} {0.real:.2f}'.format(z))
print(format(z), format(1j, ''), str(1j), '%s' % (z,), '%r' % (w,))
print([f'{k * 1j:g}' for k in range(4)])

vals = [0.1, 0.1 + 0.2, 1e16, 1e-5, 1.0, 123456789012345678.0, 1/3, 2.0**60, 1e22, 1e-7, -0.0]
for v in vals:
    print(repr(v), str(v))
print(float('inf'), -float('inf'), float('nan'))
print(float('  3.25  '), float('1_000.5'), float('-1e3'))
print(0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-9)

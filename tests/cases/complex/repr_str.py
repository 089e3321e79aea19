# repr and str: float repr of each part, no forced ".0", real part left out when it is +0.0.
inf = float('inf')
nan = float('nan')
cases = [
    complex(1, 2), complex(-1, -2), complex(0.0, 1), complex(-0.0, 1), complex(0.0, -0.0),
    complex(-0.0, -0.0), complex(1.5, 0), complex(1.5, -0.0), complex(0, inf), complex(0, -inf),
    complex(inf, inf), complex(-inf, nan), complex(nan, nan), complex(nan, -1), complex(1, -nan),
    complex(1e16, 1e-16), complex(123456789012345678, 0.1), complex(1e300, 1e-300), complex(0.1, 0.2),
    complex(2.0 ** 60, -2.0 ** -60), complex(1e22, 1e21), complex(5e-324, 0), complex(0, 1.7976931348623157e308),
]
for z in cases:
    print(repr(z), str(z), z)
print(str([complex(-0.0, 0.0)]), repr((1j, -1j)))
print('%s|%r|%10s|%-10s|' % (1j, 2+3j, 4j, -5j))

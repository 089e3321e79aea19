# Unary -, + and abs(); ~ is not defined for complex.
inf = float('inf')
nan = float('nan')
for z in [1 + 2j, -1 - 2j, 0j, complex(-0.0, 0.0), 1j, complex(inf, -1), complex(nan, 2)]:
    print(repr(z), -z, +z, abs(z))
print(abs(3 + 4j), abs(-5j), abs(1 + 1j), abs(complex(1e308, 1e308) / 2), abs(complex(3e-320, 4e-320)))
print(abs(complex(inf, nan)), abs(complex(nan, -inf)), abs(complex(nan, 0)), abs(1e-300 + 1e-300j))
print(abs(0.1 + 0.2j), abs(123.456 - 789.012j), abs(1e200 + 1e-200j), abs(2 ** 0.5 + 2 ** 0.5 * 1j))
print(type(abs(1j)).__name__, -(-0j), -complex(0.0, -0.0))
try:
    ~(1 + 2j)
except TypeError as e:
    print(e)
try:
    abs(complex(1e308, 1e308))
except OverflowError as e:
    print(e)

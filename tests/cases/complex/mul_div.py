# * and / (Smith's division), with mixed operands.
pairs = [(1 + 2j, 3 + 4j), (1 + 2j, 3 - 4j), (2j, 1j), (5, 2j), (2j, 5), (1.5, 1 - 1j), (1 - 1j, 1.5),
         (True, 1j), (1j, True), (3 + 0j, 2), (1e300 + 1e300j, 1e300 + 1e300j), (1e-300j, 1e300j),
         (7 + 3j, 0.25 - 8j), (-0.0 + 0j, 1j)]
for a, b in pairs:
    print(a, b, a * b, a / b)
nan = float('nan')
inf = float('inf')
print(1j / complex(0, nan), 1j / complex(nan, 0), complex(inf, 1) / complex(inf, 1), complex(1, 1) / complex(inf, 0))
print(1j * inf, complex(inf, inf) * 0)
for a, b in [(1j, 0), (1j, 0.0), (1, 0j), (1.5, 0j), (0j, 0j), (1j, complex(-0.0, -0.0)), (True, False + 0j)]:
    try:
        a / b
    except ZeroDivisionError as e:
        print(repr(a), repr(b), e)

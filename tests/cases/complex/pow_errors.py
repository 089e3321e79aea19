# complex ** errors: zero to a negative or complex power, overflow, modulus.
tests = [
    lambda: 0j ** -1,
    lambda: 0j ** -1.0,
    lambda: 0j ** 1j,
    lambda: 0j ** (1 + 1j),
    lambda: 0 ** (-1 + 0j),
    lambda: 0.0 ** -2j,
    lambda: (1e200j) ** 2,
    lambda: (1e200 + 1e200j) ** 3,
    lambda: complex(float('inf'), 0) ** 0.5,
    lambda: (10 + 10j) ** 1000.5,
    lambda: 2 ** complex(2000, 0.5),
    lambda: (1 + 1j) ** complex(float('inf'), 0),
]
for t in tests:
    try:
        print(t())
    except (ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
print(complex(float('inf'), 0) ** 2, 0j ** 0.5, 0j ** 2.0)
x = 0j
x **= -2

# + and - with every mix of bool, int, float and complex.
a = 1 + 2j
for b in [3, -3, True, False, 2.5, -0.0, 1j, -1 - 2j, 10 ** 15]:
    print(repr(b), a + b, b + a, a - b, b - a)
print(0j + 0, 0j - 0j, -0.0 - 0j, complex(-0.0, -0.0) + 0, complex(-0.0, -0.0) + complex(-0.0, -0.0))
inf = float('inf')
print(complex(inf, 1) - complex(inf, 1), complex(inf, 0) + 1)
total = 0j
for k in range(10):
    total = total + k * 1j - k
print(total)

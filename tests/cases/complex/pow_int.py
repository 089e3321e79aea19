# Integral exponents up to 100 in magnitude multiply; beyond, the polar formula is used.
z = 1 + 1j
for n in [0, 1, 2, 3, 10, 50, 99, 100, 101, -1, -2, -10, -100, -101]:
    print(n, z ** n, z ** float(n), z ** complex(n, 0))
print((2j) ** 2, (-1j) ** 3, (0.5 + 0.5j) ** 8, 1j ** 4, 1j ** -1, (3 + 4j) ** 2)
print(0j ** 0, 0j ** 1, 0j ** 2, (0j) ** 0.0, 5 ** (0 + 0j))
print(2 ** (2 + 0j), 2.5 ** (3 + 0j), True ** 1j, (1 + 2j) ** True, (1 + 2j) ** False)

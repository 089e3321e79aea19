# complex(real=0, imag=0) from numbers: each argument may itself be complex.
print(complex())
print(complex(1), complex(2.5), complex(True), complex(False))
print(complex(1, 2), complex(1.5, -2.5), complex(True, True))
print(complex(1j), complex(1 + 2j), complex(1j, 1j), complex(1 + 2j, 3 + 4j))
print(complex(2, 3j), complex(2j, 3))
print(complex(real=1, imag=2), complex(imag=2), complex(real=3), complex(1, imag=4))
z = 3 + 4j
print(complex(z) is z)
# Signs of zero survive.
print(complex(-0.0), complex(0.0, -0.0), complex(-0.0, -0.0), complex(-0.0, 0j), complex(0j, -0.0))
print(complex(10 ** 20, 10 ** 15), complex(2 ** 53 + 1))
print(complex(float('inf'), float('-inf')))

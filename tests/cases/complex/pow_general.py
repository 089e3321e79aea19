# Non-integral or complex exponents: the polar formula, as CPython computes it.
bases = [1 + 1j, 2j, -1, 2, 0.5 - 3j, -2.5, 1e-3 + 1e3j]
exps = [0.5, 1j, 1 + 1j, -0.5, 2.5 - 1j, 1e-9j]
for b in bases:
    print(*(b ** e for e in exps))
print(2 ** 1j, 2.0 ** 0.5j, 1j ** 1j, (-1) ** 0.5j, 10 ** (3 + 0.1j))
z = 1j
print(z ** 0.5 * z ** 0.5, pow(z, 0.5), pow(-8, 1 / 3))

# hash(z) = hash(real) + 1000003 * hash(imag), so equal numbers hash alike.
inf = float('inf')
for z in [1j, 1 + 0j, 2.5 - 1.5j, complex(-1, 0), complex(0, -1), complex(0, 1e300), complex(inf, -inf),
          complex(-0.0, -0.0), complex(2 ** 61, 3), complex(1e-300, 123456789), complex(-2.0 ** 62, 2.0 ** 62)]:
    print(repr(z), hash(z))
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(0j) == hash(0) == hash(False))
d = {1: 'int one', 2.5: 'float'}
d[1 + 0j] = 'complex one'
d[1j] = 'i'
d[complex(2.5, 0)] = 'complex 2.5'
print(d)
print(d[1], d[1.0], d[1j], d.get(2j), 1j in d)
s = {1, 1 + 0j, 1.0, 2j, 2j, complex(0, 2)}
print(len(s), 2j in s, 1 in s)
counts = {}
for z in [1j, 2j, 1j, 1j * 1, (0 + 1j) ** 1]:
    counts[z] = counts.get(z, 0) + 1
print(counts)

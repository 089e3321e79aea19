# A complex is false only when both parts are zero.
for z in [0j, complex(-0.0, -0.0), complex(0, -0.0), 1j, 1 + 0j, 1e-300j, complex(float('nan'), 0)]:
    print(repr(z), bool(z), not z, 'yes' if z else 'no')
print(0j or 'fallback', 2j and 'second', 0j and 'never', [z for z in [0j, 1j, 0j, 2] if z])
n = 0
z = 3 + 0j
while z:
    z -= 1
    n += 1
print(n, z)
print(any([0j, 0j]), all([1j, 2]), sum(1 for z in [0j, 1j, 2j] if not z))

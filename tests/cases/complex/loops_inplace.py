# Complex arithmetic in hot loops and augmented assignments (also exercised under the JIT).
def mandel(c, limit=50):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return i
    return limit
rows = []
for y in range(-4, 5):
    rows.append(''.join('#' if mandel(complex(x / 10, y / 4)) == 50 else '.' for x in range(-20, 6)))
print('\n'.join(rows))
acc = 1 + 0j
for k in range(1, 200):
    acc *= (1 + 1j / k)
    acc /= abs(acc)
print(acc)
z = 2j
z += 1
z -= 0.5j
z *= 2
z /= 1 + 1j
z **= 2
print(z)
roots = [complex(1, 0)]
w = complex(0.5, 3 ** 0.5 / 2)
for _ in range(5):
    roots.append(roots[-1] * w)
print(roots)
print(sum(roots))

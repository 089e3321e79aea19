# Operands complex does not take.
tests = [lambda: 1j + None, lambda: None + 1j, lambda: 1j + 'a', lambda: 'a' + 1j, lambda: 1j - [], lambda: [] * 1j,
         lambda: 1j * 'ab', lambda: 1j / (), lambda: () ** 1j, lambda: -(None), lambda: 1j + {}, lambda: {1} - 1j]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
z = 1j
try:
    z += 'x'
except TypeError as e:
    print(e)
try:
    z **= None
except TypeError as e:
    print(e)
print(z)
z * None

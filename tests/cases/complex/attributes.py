# real, imag and conjugate() of complex, and of the other numbers.
z = 3 - 4j
print(z.real, z.imag, type(z.real).__name__, z.conjugate(), z.conjugate().conjugate())
print((1j).conjugate(), complex(-0.0, 0.0).conjugate(), complex(1, float('inf')).conjugate())
print((1.5).real, (1.5).imag, (1.5).conjugate(), (-2.0).conjugate())
print((5).real, (5).imag, (5).conjugate(), True.real, True.imag, True.conjugate(), False.conjugate())
print(type(True.conjugate()).__name__, type((2).imag).__name__, type((2.0).imag).__name__)
print((10 ** 30).real, (10 ** 30).imag, (10 ** 30).conjugate())
print(complex.conjugate(2 + 5j))
print(getattr(1j, 'real'), hasattr(1j, 'imag'), hasattr(1j, 'foo'))
try:
    (1j).foo
except AttributeError as e:
    print(e)
try:
    (1j).conjugate(1)
except TypeError as e:
    print(e)
z.real = 1.0

# The complex type object, isinstance, and the methods complex has.
print(complex, type(1j), type(1j) is complex, complex.__name__, type(1j).__name__, complex.__module__)
print(isinstance(1j, complex), isinstance(1, complex), isinstance(1.0, complex), isinstance(1j, (int, float)))
print(isinstance(1j, object), issubclass(complex, object), issubclass(bool, complex), complex.__mro__)
print(complex.__new__(complex), complex.__new__(complex, 1, 2), complex.__new__(complex, '3-4j'))
print((1j).__complex__(), (1 + 2j).__getnewargs__(), (1 + 2j).__format__('.1f'), complex.__format__(2j, '>6'))
print(type(1j).conjugate(5j), complex.__complex__(7j) == 7j)
m = (2 + 3j).conjugate
print(m(), callable(m), 1j.__class__, (2.5).__class__)
print(complex(1, 2).real + complex(3, 4).imag, complex('1e1j').imag)
f = complex
print(f(8), [complex(k) for k in range(3)], list(map(complex, ['1', '2j'])))

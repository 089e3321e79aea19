# Imaginary literals in every spelling the tokenizer accepts.
values = [1j, 2.5J, 0j, 0J, 1e3j, 1E-3j, 1_000j, 0.5j, .5j, 5.j, 1_0.2_5j, 123456789j, 1e16j, 1e-5j, 00j, 0.0j]
for v in values:
    print(repr(v), type(v).__name__)
print(-1j, +1j, --1j)
print(1 + 2j, 1 - 2j, 3.5 + 0j, -0.0 + 1j)
x = 4j
print(x * x, x.real, x.imag)
print([1j, 2+3j], (4j,), {'k': 5j})

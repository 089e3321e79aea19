# Ints beyond a float's range cannot become complex; equality with them stays exact.
big = 10 ** 400
for t in [lambda: 1j + big, lambda: big * 1j, lambda: 1j / big, lambda: big ** 1j, lambda: complex(big),
          lambda: complex(1, big), lambda: complex(big, 1j)]:
    try:
        print(t())
    except OverflowError as e:
        print(e)
print(1j + 10 ** 300, (10 ** 300) * 1j, 1j / 10 ** 300, complex(2 ** 1023, -2 ** 1000))
print(complex(10 ** 22) == 10 ** 22, complex(10 ** 23) == 10 ** 23, 1j == big, complex(float('inf')) == big)
print(hash(complex(2 ** 70)) == hash(2 ** 70), hash(complex(10 ** 23)) == hash(10 ** 23))
print(1j * 2 ** 1024)

# pow() with a modulus: each operand's type is asked in turn, as ternary_op does.
tests = [
    lambda: pow(1j, 2, 3),
    lambda: pow(2, 1j, 3),
    lambda: pow(1, 2, 1j),
    lambda: pow(1.0, 2, 1j),
    lambda: pow(1, 2.0, 1j),
    lambda: pow(1j, 'a', 3),
    lambda: pow(2, 1j, 'a'),
    lambda: pow('a', 1j, 2),
    lambda: pow(1j, 2, None),
    lambda: pow(2, 10, 1000),
    lambda: pow(2.0, 2, 3),
]
for t in tests:
    try:
        print(t())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
pow(3 + 4j, 2, 5)

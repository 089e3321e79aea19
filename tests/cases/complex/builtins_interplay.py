# Builtins given complex values.
print(sum([1j, 2, 3.5]), sum([1j] * 3, 1), sum((k * 1j for k in range(5)), 0j))
print(abs(-3j), pow(2j, 2), pow(1j, -1), list(map(abs, [3 + 4j, 1j])), [z.real for z in [1 + 2j, 3j]])
print(str(1j), repr(1j), ascii(2j), len(str(1 + 2j)), format(1j), bool(0j))
print(sorted([3j, 1j, 2j], key=lambda z: z.imag), max([1j, 3j, 2j], key=abs), min(1 + 1j, 2j, key=lambda z: z.real))
print(list(zip([1j, 2j], 'ab')), dict.fromkeys([1j, 2j]), tuple({1j: 0}), [1j] * 2, (1j,) + (2j,))
tests = [lambda: round(1j), lambda: round(1j, 2), lambda: int(1j), lambda: float(1j), lambda: range(1j),
         lambda: [1, 2][abs(1j) * 1j], lambda: 'abc'[1j:], lambda: 1j.bit_length(), lambda: '%d' % 1j, lambda: chr(1j),
         lambda: hex(1j), lambda: divmod(1j, 1j), lambda: 'ab' * 1j, lambda: 1j * [1]]
for t in tests:
    try:
        print(t())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

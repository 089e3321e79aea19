# complex has no order.
for a, b in [(1j, 2j), (1j, 2), (2, 1j), (1.5, 1j), (1j, 'x')]:
    for op in ['<', '<=', '>', '>=']:
        try:
            eval_result = {'<': lambda: a < b, '<=': lambda: a <= b, '>': lambda: a > b, '>=': lambda: a >= b}[op]()
            print(eval_result)
        except TypeError as e:
            print(e)
for f in [lambda: max(1j, 2j), lambda: min([3, 1j]), lambda: sorted([2j, 1j]), lambda: (1, 1j) < (1, 2j)]:
    try:
        f()
    except TypeError as e:
        print(e)
print((1, 1j) < (2, 1j), [1j] == [1j])
print(sorted([3, 1, 2], key=lambda v: v * 1j == 2j))
print(1 + 1j > 0)

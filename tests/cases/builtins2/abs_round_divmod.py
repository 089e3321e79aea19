# abs, round, divmod, pow, min/max with defaults.
print(abs(-3), abs(2.5), abs(-0.0))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2))
print(divmod(17, 5), divmod(-17, 5), divmod(7.5, 2))
print(pow(2, 10), pow(2, 10, 1000), pow(2, -1))
print(min([], default='empty'), max([3, 1], default=0))
print(min(3, 1, 2), max('a', 'b'), max([1, 5, 3], key=lambda x: -x))
try:
    min([])
except ValueError as e:
    print('caught:', e)

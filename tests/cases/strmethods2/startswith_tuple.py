# startswith/endswith with tuples of alternatives and slice bounds.
name = 'report_2024.csv'
print(name.startswith('report'), name.endswith('.csv'), name.endswith(('.txt', '.csv')))
print(name.startswith(('data', 'img')), name.startswith(()), name.endswith('csv', 0, 11))
print(name.startswith('2024', 7), name.startswith('2024', 7, 10), name.endswith('2024', 0, -4))
print('abc'.startswith(''), 'abc'.startswith('', 3), 'abc'.startswith('', 4), 'abc'.endswith('', -1))
print('abc'.startswith('abc', -10), 'abc'.endswith('c', None, None))
files = ['a.py', 'b.txt', 'c.PY', 'd.pyc', 'e.md']
print([f for f in files if f.lower().endswith(('.py', '.md'))])
print('x'.startswith(('x', 5)))
for bad in [lambda: 'x'.startswith((5, 'x')), lambda: 'x'.startswith(5), lambda: 'x'.endswith(['x']),
            lambda: 'x'.endswith(None), lambda: 'x'.startswith(), lambda: 'x'.startswith('x', 'y'),
            lambda: 'x'.endswith(prefix='x')]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError:', e)

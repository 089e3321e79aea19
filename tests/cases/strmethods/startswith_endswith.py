# startswith and endswith, including tuple arguments.
name = 'report_2024.csv'
print(name.startswith('report'), name.startswith('data'))
print(name.endswith('.csv'), name.endswith('.txt'))
print(name.endswith(('.txt', '.csv')), name.startswith(('a', 'b')))
print(name.startswith('2024', 7), name.endswith('report', 0, 6))
print(''.startswith(''), 'abc'.endswith(''))
try:
    name.startswith(['report'])
except TypeError as e:
    print('caught:', e)

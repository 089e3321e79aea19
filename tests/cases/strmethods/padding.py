# center, ljust, rjust and zfill.
print('[' + 'hi'.center(6) + ']')
print('[' + 'hi'.center(7, '*') + ']')
print('[' + 'abc'.ljust(6, '.') + ']')
print('[' + 'abc'.rjust(6) + ']')
print('[' + 'toolong'.center(3) + ']')
print('42'.zfill(5), '-42'.zfill(5), '+7'.zfill(4), 'abc'.zfill(5))
print('12345'.zfill(3))
for name, n in [('apples', 3), ('kiwi', 12)]:
    print(name.ljust(8) + str(n).rjust(4))
try:
    'x'.center(5, '--')
except TypeError as e:
    print('caught:', e)

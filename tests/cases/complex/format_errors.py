# The complex format spec's errors.
for spec in ['010', '0<10', '=10', '>=10', 'd', '%', 's', 'x', ',d', 'c', '.1000000000000f', 'zz', '5,_', 'b']:
    try:
        print(repr(format(1 + 2j, spec)))
    except ValueError as e:
        print(repr(spec), e)
for bad in ['%d', '%f', '%x', '%c', '%.2e', '%i']:
    try:
        print(bad % 1j)
    except TypeError as e:
        print(repr(bad), e)
try:
    (1j).__format__(1)
except TypeError as e:
    print(e)
print(f'{1j:010}')

print(int('42'), int('  -17 '), int('+8'), int('1_000_000'))
print(int('ff', 16), int('FF', 16), int('0xff', 16), int('0xff', 0))
print(int('777', 8), int('0o777', 0), int('101', 2), int('0b101', 0))
print(int('z', 36), int('Zz', 36), int('10', 3))
print(int(3.99), int(-3.99), int(True))
for s in ['12a', '', '1.5', '0x10']:
    try:
        print(int(s))
    except ValueError as e:
        print('ValueError:', e)

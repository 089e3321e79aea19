# center/ljust/rjust/zfill/expandtabs, including where center puts the odd extra fill.
for width in range(3, 9):
    print(repr('ab'.center(width, '*')), repr('abc'.center(width, '*')))
print('[' + 'x'.ljust(4) + ']', '[' + 'x'.rjust(4, '.') + ']', '[' + 'long'.center(2) + ']')
print('😀'.center(5, '·'), 'ab'.ljust(4, '😀'))
for s in ['42', '-42', '+7', '', 'abc', '-', '3.14']:
    print(repr(s.zfill(5)), repr(s.zfill(1)))
print(repr('a\tbc\tdef\tg'.expandtabs()), repr('a\tbc\tdef\tg'.expandtabs(4)))
print(repr('x\ty\nab\tc'.expandtabs(3)), repr('\t'.expandtabs(0)), repr('a\tb'.expandtabs(tabsize=-1)))
rows = [('apple', 3, 0.5), ('kiwi', 12, 0.25), ('watermelon', 1, 3.0)]
for name, qty, price in rows:
    print(name.ljust(12, '.') + str(qty).rjust(4) + ('%.2f' % price).rjust(8))
for bad in [lambda: 'a'.center(5, 'ab'), lambda: 'a'.center(5, ''), lambda: 'a'.ljust(5, 0),
            lambda: 'a'.rjust('5'), lambda: 'a'.center(), lambda: 'a'.zfill(), lambda: 'a'.zfill(2.0),
            lambda: 'a'.expandtabs('4'), lambda: 'a'.center(width=3)]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError:', e)

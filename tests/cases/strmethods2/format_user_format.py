# Objects format themselves through __format__: str.format, format() and f-strings alike.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        text = '$%d.%02d' % divmod(self.cents, 100)
        return format(text, spec) if spec else text
class Plain:
    def __str__(self):
        return 'plain!'
class Bad:
    def __format__(self, spec):
        return 42
m = Money(12345)
print('{}|{:>12}|{:*<12}|'.format(m, m, m))
print(format(m), format(m, '^12'), f'{m:>10}', f'{m}')
print('{}|{!s:>8}|{!r:>10}'.format(Plain(), Plain(), 'q'))
print(format(Plain()), f'{Plain()}', '{0!s}'.format(Plain()))
for thing, spec in [(Plain(), 'x'), (Bad(), ''), ([1, 2], '>5'), (None, 's'), ({}, '')]:
    try:
        print(repr(format(thing, spec)))
    except TypeError as e:
        print('TypeError:', e)
print('{:>6}|{!r:^9}|{!a}'.format(Money(5), 'é', 'é'))

# find/rfind/index/rindex/count with start and end, negative and out-of-range bounds.
s = 'abracadabra'
for args in [('a',), ('a', 1), ('a', 1, 4), ('a', -4), ('a', -4, -1), ('bra', 2), ('bra', None, 5),
             ('z',), ('', 0), ('', 11), ('', 12), ('', 5, 2), ('a', 100), ('a', -100, 100)]:
    print(args, s.find(*args), s.rfind(*args), s.count(*args))
print(s.index('cad'), s.rindex('a', 0, -1))
print('aaaa'.count('aa'), 'aaaa'.count(''), ''.count(''), 'abc'.count('', 4))
print('😀a😀b😀'.find('b'), '😀a😀b😀'.rfind('😀'), '😀a😀b😀'.count('😀', 1))
class Two:
    def __index__(self):
        return 2
print(s.find('a', Two()), s.count('a', None, Two()))
for bad in [lambda: s.index('xyz'), lambda: s.rindex('a', 1, 3), lambda: s.find(1),
            lambda: s.find('a', 1.5), lambda: s.count('a', '1'), lambda: s.find(),
            lambda: s.find('a', 1, 2, 3), lambda: s.find(sub='a')]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

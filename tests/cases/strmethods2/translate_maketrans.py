# translate with maketrans tables, plain dicts, sequences and custom mappings.
table = str.maketrans('abc', 'xyz', 'd')
print(sorted(table.items()))
print('abcdabcd'.translate(table), 'hello world'.translate(str.maketrans('lo', '01', ' ')))
print(sorted(str.maketrans({'a': 'A', 98: None, 'c': 67}).items()))
print('abc'.translate({97: 'AAA', 98: None, 99: 120}))
print('abc'.translate(['zero'] * 98), 'abc'.translate('0123456789' * 10))
class Rot13:
    def __getitem__(self, cp):
        if 97 <= cp <= 122:
            return (cp - 97 + 13) % 26 + 97
        raise LookupError
print('hello, world'.translate(Rot13()), 'uryyb'.translate(Rot13()))
print('😀a'.translate({0x1F600: 'smile ', 97: 0x1F44D}))
for bad in [lambda: 'a'.translate({97: 1.5}), lambda: 'a'.translate({97: -1}), lambda: 'a'.translate(5),
            lambda: str.maketrans('ab', 'c'), lambda: str.maketrans('ab'), lambda: str.maketrans({'ab': 1}),
            lambda: str.maketrans({1.5: 'x'}), lambda: str.maketrans(1, 'a'), lambda: str.maketrans('a', 'b', 3)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

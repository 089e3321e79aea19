# strip/lstrip/rstrip with and without a character set; removeprefix/removesuffix.
raw = ' \t\n  padded text \x0b\x0c\r '
print(repr(raw.strip()), repr(raw.lstrip()), repr(raw.rstrip()))
print(repr('\u3000\xa0wide\u2003'.strip()), repr('\u200bzero\u200b'.strip()))
print('xxhixyx'.strip('xy'), 'xxhixyx'.lstrip('xy'), 'xxhixyx'.rstrip('xy'))
print(repr('www.example.com'.strip('cmowz.')), repr('abc'.strip('')), repr('abc'.strip(None)))
print(repr('aaa'.strip('a')), repr(''.strip()), '😀x😀'.strip('😀'))
print('test_case.py'.removeprefix('test_'), 'test_case.py'.removesuffix('.py'))
print('prefix'.removeprefix('prefix'), 'abc'.removeprefix(''), 'abc'.removesuffix('abcd'))
print('aaab'.removeprefix('a'), 'baaa'.removesuffix('a'))
for bad in [lambda: 'a'.strip(1), lambda: 'a'.lstrip(['a']), lambda: 'a'.rstrip('a', 'b'),
            lambda: 'a'.removeprefix(None), lambda: 'a'.removesuffix(1), lambda: 'a'.strip(chars='a')]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError:', e)

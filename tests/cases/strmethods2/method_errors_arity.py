# Wrong argument counts and keywords: each str method reports them the way its CPython parser does.
calls = [
    lambda: 'a'.upper(1), lambda: 'a'.upper(x=1), lambda: 'a'.join(), lambda: 'a'.join([], []),
    lambda: 'a'.join(iterable=[]), lambda: 'a'.center(), lambda: 'a'.center(1, 2, 3),
    lambda: 'a'.center(width=1), lambda: 'a'.find(), lambda: 'a'.count('a', 1, 2, 3),
    lambda: 'a'.index(sub='a'), lambda: 'a'.split(',', 1, 2), lambda: 'a'.split(sep=',', bad=1),
    lambda: 'a'.split(',', sep=','), lambda: 'a'.splitlines(True, True), lambda: 'a'.expandtabs(1, 2),
    lambda: 'a'.replace('a'), lambda: 'a'.replace('a', 'b', 1, 2), lambda: 'a'.strip('a', 'b'),
    lambda: 'a'.partition(), lambda: 'a'.zfill(), lambda: 'a'.format_map(), lambda: 'a'.maketrans(),
    lambda: str.upper(), lambda: str.upper(5), lambda: str.join(None, []), lambda: str.lower('ABC'),
    lambda: str.split('a b'), lambda: 'a'.__len__(1), lambda: 'a'.__contains__(), lambda: 'a'.isdigit(1),
]
for call in calls:
    try:
        print(repr(call()))
    except TypeError as e:
        print('TypeError:', e)

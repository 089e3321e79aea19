# The digit/decimal/numeric ladder, identifiers, printable and space, beyond ASCII.
samples = ['123', '٣٤', '²', '½', '一二三', 'Ⅻ', '①', '12a', '', ' ', 'abc', 'ñandú', 'a b']
print('sample    dec   dig   num   alpha alnum')
for s in samples:
    row = [s.isdecimal(), s.isdigit(), s.isnumeric(), s.isalpha(), s.isalnum()]
    print(repr(s).ljust(9), ' '.join([str(b).ljust(5) for b in row]))
for s in ['_x', 'x1', '1x', 'été', 'a-b', 'class', '', 'ℕ', '·a', 'a·']:
    print(repr(s), s.isidentifier())
for s in ['abc', 'a\tb', 'a\nb', '\x7f', 'é', '\u200b', '\u3000', '']:
    print(repr(s), s.isprintable(), s.isspace(), s.isascii())
for s in [' \t\n', '\x0b\x0c\r', '\x1c\x1d\x1e\x1f', '\x85\xa0', '\u2028\u2029\u3000', '\u200b']:
    print(repr(s), s.isspace())

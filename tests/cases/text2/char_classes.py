samples = ['abc', 'ABC', 'abc123', '123', '12.5', '', '   ', 'Hello World', '٣', '½', 'under_score']
for s in samples:
    flags = [s.isalpha(), s.isdigit(), s.isalnum(), s.isspace(), s.isnumeric(), s.isdecimal(), s.isidentifier()]
    print(f'{s!r:15}', ''.join('T' if f else '.' for f in flags))
print(sum(c.isupper() for c in 'Hello World From Python'))
print(''.join(filter(str.isdigit, 'a1b22c333')))
print('x'.isprintable(), '\n'.isprintable(), 'abc'.isascii(), 'café'.isascii())

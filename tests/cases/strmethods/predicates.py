# isdigit, isalpha, isalnum, isspace, isidentifier and friends.
samples = ['123', 'abc', 'abc123', '', ' \t', '12.5', 'ABC', '_name', '2x']
for s in samples:
    flags = [s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isidentifier()]
    print(repr(s), flags)
print('²'.isdigit(), '²'.isdecimal(), '½'.isnumeric())
print('é'.isalpha(), 'ß'.isalpha())
print('abc'.isascii(), 'é'.isascii(), ''.isascii())
print('Hello'.isprintable(), 'a\nb'.isprintable())
print('def'.isidentifier(), 'x1'.isidentifier(), '1x'.isidentifier())

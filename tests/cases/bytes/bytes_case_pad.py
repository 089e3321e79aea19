b = b'Hello World 123'
print(b.lower(), b.upper(), b.swapcase(), b.title(), b'hELLO wORLD'.capitalize(), b"they're bill's".title())
print(b'x'.center(6), b'x'.center(7, b'*'), b'ab'.ljust(5, b'.'), b'ab'.rjust(5), b'abcdef'.center(3))
print(b'42'.zfill(6), b'-42'.zfill(6), b'+x'.zfill(4), b'abc'.zfill(2))
print(b'a\tbc\td'.expandtabs(), b'a\tb'.expandtabs(4), b'\t'.expandtabs(0), b'ab\ncd\te'.expandtabs(3))
print(b'abc'.isalpha(), b'abc1'.isalnum(), b'123'.isdigit(), b' \t'.isspace(), b''.isspace())
print(b'abc'.islower(), b'ABC1'.isupper(), b'123'.islower(), b'Title Case'.istitle(), b'not Title'.istitle())
print(b'\x80'.isascii(), b'abc'.isascii(), b'\xe9'.isalpha(), b'\xc9'.lower())
for call in [lambda: b'a'.center(5, 'x'), lambda: b'a'.center(5, b'xy'), lambda: b'a'.zfill('3')]:
    try:
        call()
    except TypeError as e:
        print(e)

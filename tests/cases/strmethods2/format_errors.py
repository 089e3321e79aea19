# The errors str.format reports, in the order CPython finds them.
cases = ['{', '}', 'a}b', '{0', '{0!', '{0!r', '{0!x}', '{0!rr}', '{0:', '{0[}', '{0[0]x}', '{0.}', '{0[]}',
         '{} {1}', '{0} {}', '{2}', '{x}', '{0.missing}', '{0[5]}', '{0:{1:{2}}}', '{a{b}', '{:d}', '{:,s}',
         '{:=5}', '{:+}', '{:.2d}', '{:c}', '{:abc}', '{0:z}', '{99999999999999999999}']
for fmt in cases:
    try:
        print(repr(fmt), repr(fmt.format('str', '>5', 3)))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
for value, spec in [(5, 'c'), (-1, 'c'), (0x110000, 'c'), (1.5, 'd'), ('s', 'x'), (True, 's'), ([], 'x')]:
    try:
        print(format(value, spec))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)

# The TypeErrors and ValueErrors of printf-style formatting.
class Idx:
    def __index__(self):
        return 65
class Flt:
    def __float__(self):
        return 2.5
cases = [('%d', 'x'), ('%d', None), ('%x', 3.0), ('%o', 'x'), ('%f', 'x'), ('%e', None), ('%c', 'ab'),
         ('%c', 1.5), ('%c', -1), ('%c', 0x110000), ('%y', 1), ('%\x01', 1), ('%', 1), ('%5', 1), ('%.', 1),
         ('%*d', ('5', 1)), ('%.*f', (1.5, 2.0)), ('%*d', (5,)), ('%d', float('inf')), ('%d', float('nan')),
         ('%c', Idx()), ('%x', Idx()), ('%f', Flt()), ('%d', Flt()), ('%f', 2**2000), ('%(k)s', 5)]
for fmt, arg in cases:
    try:
        print(repr(fmt), repr(fmt % arg))
    except (TypeError, ValueError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
print(5 % 3, 5.5 % 2)
try:
    print(5 % 'abc')
except TypeError as e:
    print(e)

# printf-style formatting needs exactly as many values as conversions.
def row(*values):
    return '%-8s %5d %8.2f' % values
print(row('apples', 12, 3.5))
print(row('kiwis', 7, 0.25))
print('%s' % (('nested', 'tuple'),))
print('%s %s' % ('exactly', 'two'))
totals = ('all', 19)
print('%s: %d items' % totals)
print(row(*totals))

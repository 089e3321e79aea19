# The right operand of %: a tuple, a single value, or a mapping for %(key)s.
person = {'name': 'Ann', 'age': 30, 'score': 9.25}
print('%(name)s is %(age)d and scored %(score).1f' % person)
print('%(name)-6s|%(age)05d|%(name)r' % person)
print('%(a)s %(a)s %(b)s' % {'a': 1, 'b': 2, 'unused': 3})
print('%(x(y))s' % {'x(y)': 'parens in key'})
class Lookup:
    def __getitem__(self, key):
        return key[::-1]
print('%(olleh)s %(dlrow)s' % Lookup())
print('%s' % [1, 2], '%s' % (7,), '%s' % 7, '%s' % ((),))
print('no conversions' % {}, 'no conversions' % [], 'no conversions' % ())
print('%s' % {'a': 1}, '%r' % {'a': 1})
for fmt, args in [('%s %s', ('one',)), ('%s', ('a', 'b')), ('x', 5), ('x', 'y'), ('%(a)s', ('t',)),
                  ('%(a)s', {'b': 1}), ('%(a', {'a': 1}), ('%s %s', ['a', 'b']), ('%(a)s then %s', {'a': 'key'})]:
    try:
        print(repr(fmt % args))
    except (TypeError, KeyError, ValueError) as e:
        print(type(e).__name__, e)

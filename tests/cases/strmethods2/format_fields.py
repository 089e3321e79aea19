# str.format: automatic and manual numbering, names, attributes, indexes, conversions, nested specs.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)
    def __str__(self):
        return '(%s, %s)' % (self.x, self.y)
p = Point(3, -4)
print('{} + {} = {}'.format(1, 2, 1 + 2))
print('{1} {0} {1}'.format('a', 'b'), '{0}{0}{0}'.format('ha'))
print('{name} is {age:d} years'.format(name='Ann', age=30))
print('{0.x},{0.y} {0} {0!r} {0!s:>10}|'.format(p))
print('{p.x} {data[0]} {data[2][k]} {m[key]}'.format(p=p, data=[7, 8, {'k': 'deep'}], m={'key': 'v'}))
print('{0[1]} {0[-1]}'.format({1: 'int key', '-1': 'str key'}))
print('{!r} {!a} {!s}'.format('café', 'café', 'café'))
print('{:{width}.{prec}f}|{:>{}}|{:{}{}{}}'.format(3.14159, 'r', 6, 'c', '*', '^', 7, width=10, prec=3))
print('{{literal}} {{{}}} }}{{'.format('braced'))
print('{0:{1}}|{0:{2}}'.format('x', '>4', '<4'))
print('{٠} {١}'.format('arabic', 'digits'))
print('{:}|{:s}|{:5}|{:.2}|'.format('a', 'b', 'c', 'defg'))
print('{0[a b]}'.format({'a b': 'space key'}), '{0[:]}'.format({':': 'colon'}))
print('{!s:>8}|{:<8}|{!s:^8}|'.format(None, True, [1, 2]))

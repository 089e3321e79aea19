# __repr__ and __str__.
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return 'V(' + repr(self.x) + ', ' + repr(self.y) + ')'

class Named(V):
    def __str__(self):
        return '<' + str(self.x) + ',' + str(self.y) + '>'

v = V(1, 'a')
print(v)
print(str(v), repr(v))
print([v, V(2, 3)])
n = Named(4, 'b')
print(n)
print(repr(n))
print([n])
print(f'{n} {n!r}')
print('%s %r' % (n, n))
print({'k': n})

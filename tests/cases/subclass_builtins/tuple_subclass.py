class Point(tuple):
    __slots__ = ()
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return f'Point(x={self.x}, y={self.y})'
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
p = Point(1, 2)
q = Point(3, 4)
print(p, q, p + q, p.x, q.y, len(p), list(p), p[0], p[-1], p[:1], tuple(p), p == (1, 2), hash(p) == hash((1, 2)))
x, y = q
print(x, y, 3 in q, q.index(4), q.count(3), sorted([q, p]), max(p, q), p < q, isinstance(p, tuple))
print({p: 'origin-ish'}[(1, 2)], {(3, 4): 'q'}[q], [*p, *q], dict([p, q]), '%s and %s' % (1, 2))
class Pair(tuple):
    pass
pr = Pair([5, 6])
print(pr, type(pr).__name__, pr + (7,), type(pr + (7,)).__name__, pr * 2, 2 * pr, Pair(), Pair('ab'))
try:
    p.z = 1
except AttributeError as e:
    print('AttributeError', e)

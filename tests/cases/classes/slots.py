# __slots__ restricts instance attributes.
class P:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y

p = P(1, 2)
print(p.x, p.y)
p.x = 10
print(p.x)
print(hasattr(p, '__dict__'))
print(P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print('caught:', e)
q = P.__new__(P)
try:
    q.x
except AttributeError as e:
    print('caught:', e)
class Sub(P):
    pass
s = Sub(1, 2)
s.z = 3
print(s.z)

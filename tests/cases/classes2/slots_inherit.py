class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Q(P):
    __slots__ = ('z',)
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

q = Q(1, 2, 3)
print(q.x, q.y, q.z)
try:
    q.w = 4
except AttributeError:
    print("cannot set w")
p = P(5, 6)
try:
    p.z = 1
except AttributeError:
    print("cannot set z on P")

class R(P):
    pass

r = R(1, 2)
r.extra = 9
print(r.extra, r.__dict__)

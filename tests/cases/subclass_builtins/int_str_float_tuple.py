class MyInt(int):
    def __repr__(self): return 'MyInt(%d)' % self
m = MyInt(5)
print(m, m + 1, type(m + 1).__name__, 1 + m, m * 2, -m, m == 5, m < 10, 10 > m, hash(m) == hash(5), int(m), float(m))
print(isinstance(m, int), [10, 20, 30, 40, 50, 60][m], f'{m:03d}', '%d' % m, str(m), bool(MyInt(0)), abs(MyInt(-3)))
m.extra = 'attr'; print(m.extra, MyInt('12'), MyInt('ff', 16), type(MyInt()).__name__)
class S(str):
    def shout(self): return self.upper() + '!'
s = S('ab')
print(s, repr(s), s.shout(), s + 'c', 'c' + s, s * 2, len(s), s[0], 'a' in s, s == 'ab', {s: 1}['ab'], type(s + 'x').__name__)
print(' '.join([s, 'x']), f'{s:>5}', s.split('b'), list(s), str(s), type(str(s)).__name__, s.startswith('a'))
class F(float): pass
f = F(2.5)
print(f, f + 1, f * 2, round(f), f.is_integer(), f'{f:.2f}', F('1.5'))
class T(tuple):
    def first(self): return self[0]
t = T([1, 2, 3])
print(t, t.first(), len(t), t[1:], t + (4,), list(t), 2 in t, t == (1, 2, 3), hash(t) == hash((1, 2, 3)))
a, b, c = t; print(a, b, c, type(t).__name__, isinstance(t, tuple))
class P(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
p = P(3, 4); print(p, p.x, p[1])
class E(int):
    def __new__(cls, v, name):
        obj = int.__new__(cls, v)
        obj.name = name
        return obj
e = E(7, 'seven'); print(e, e.name, e + 1)

class Path(str):
    def join(self, other):
        return Path(str(self) + '/' + other)
    @property
    def parts(self):
        return self.split('/')
p = Path('usr').join('lib')
print(p, repr(p), type(p).__name__, p.parts, p.upper(), type(p.upper()).__name__, len(p), p[0], p[-3:])
print(p == 'usr/lib', 'usr/lib' == p, p < 'zzz', p + '!', '>' + p, p * 2, 'lib' in p, p.startswith(Path('usr')))
print(', '.join([Path('a'), 'b']), f'[{p:>10}]', '%s|%r' % (p, p), str(p), type(str(p)).__name__, hash(p) == hash('usr/lib'))
d = {Path('k'): 1, 'j': 2}
print(d['k'], d[Path('j')], 'k' in d, sorted(d))
class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
u = Upper('shout')
print(u, u.lower(), isinstance(u, str), list(u), u.count('S'), u.replace('S', 's'), u.encode())
class Tagged(str):
    pass
t = Tagged('x')
t.tag = 1
print(t, t.tag, t.__class__.__name__, str.__len__(t), Tagged(), Tagged(b'ab', 'ascii'), Tagged(42))

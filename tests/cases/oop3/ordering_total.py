class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))
    def __eq__(self, o): return self.parts == o.parts
    def __lt__(self, o): return self.parts < o.parts
    def __le__(self, o): return self.parts <= o.parts
    def __hash__(self): return hash(self.parts)
    def __str__(self): return '.'.join(map(str, self.parts))
    def __repr__(self): return f"Version('{self}')"
vs = [Version(s) for s in ['1.10.0', '1.2', '1.2.0', '0.9.9', '1.9']]
print(sorted(vs))
print(max(vs), min(vs))
print(Version('1.2') < Version('1.2.0'), Version('2.0') > Version('1.99'), Version('1.0') >= Version('1.0'))
print(len({Version('1.0'), Version('1.0'), Version('1.1')}))
print(str(vs[0]), [str(v) for v in vs if v <= Version('1.2')])

# The @ operator and @= (only classes define them).
class M:
    def __init__(self, v): self.v = v
    def __matmul__(self, o): return M(self.v * (o.v if isinstance(o, M) else o))
    def __rmatmul__(self, o): return ('r', o)
    def __imatmul__(self, o): self.v += 100; return self
    def __repr__(self): return f'M({self.v})'
a = M(2)
print(a @ M(3), a @ 5, 5 @ a)
a @= M(1); print(a)
class N:
    def __matmul__(self, o): return 'N@'
n = N(); n @= 3; print(n)
try:
    1 @ 2
except TypeError as e:
    print(e)
try:
    x = 1; x @= 2
except TypeError as e:
    print(e)

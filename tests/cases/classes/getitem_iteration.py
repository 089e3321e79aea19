# Iteration falls back to __getitem__ until IndexError.
class Squares:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i

sq = Squares(5)
for x in sq:
    print(x, end=' ')
print()
print(list(sq))
print(9 in sq, 10 in sq)
print(sq[2])
a, b, *rest = Squares(4)
print(a, b, rest)
class Slicer:
    def __getitem__(self, k):
        return k
s = Slicer()
print(s[1], s[1:2], s[::3], s[1, 2], s['x'])

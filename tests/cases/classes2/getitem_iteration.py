class Squares:
    def __getitem__(self, i):
        if i >= 6:
            raise IndexError(i)
        return i * i

print(list(Squares()))
for v in Squares():
    print(v, end=" ")
print()
print(16 in Squares(), 17 in Squares())

class Grid:
    def __init__(self):
        self.cells = {}
    def __setitem__(self, key, v):
        self.cells[key] = v
    def __getitem__(self, key):
        return self.cells.get(key, '.')
    def __delitem__(self, key):
        del self.cells[key]

g = Grid()
g[0, 0] = 'X'
g[1, 2] = 'O'
for r in range(3):
    print(''.join(g[r, c] for c in range(3)))
del g[0, 0]
print(g[0, 0], len(g.cells))

class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    def __getitem__(self, idx):
        r, c = idx
        return self.rows[r][c]
    def __setitem__(self, idx, v):
        r, c = idx
        self.rows[r][c] = v
    def __len__(self):
        return len(self.rows)
    def __contains__(self, v):
        return any(v in r for r in self.rows)
    def __eq__(self, o):
        return self.rows == o.rows
    def transpose(self):
        return Matrix(zip(*self.rows))
    def __str__(self):
        return '\n'.join(' '.join(f"{x:3}" for x in r) for r in self.rows)
m = Matrix([[1, 2, 3], [4, 5, 6]])
m[0, 0] = 10
print(m[1, 2], m[0, 0], len(m), 5 in m, 7 in m)
print(m)
print(m.transpose())
print(m.transpose().transpose() == m)

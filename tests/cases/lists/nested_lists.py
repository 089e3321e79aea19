# Nested lists as matrices.
grid = []
for r in range(3):
    row = []
    for c in range(4):
        row.append(r * 4 + c)
    grid.append(row)
print(grid)
print(grid[2][3], grid[-1][0])
grid[1][1] = 'X'
print(grid[1])
t = []
for c in range(4):
    t.append([grid[r][c] for r in range(3)])
print(t)
total = 0
for row in grid:
    for v in row:
        if v != 'X':
            total += v
print(total)

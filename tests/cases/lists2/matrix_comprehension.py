n = 4
ident = [[1 if i == j else 0 for j in range(n)] for i in range(n)]
for row in ident:
    print(row)
mult = [[i * j for j in range(1, 5)] for i in range(1, 4)]
print(mult)
flat = [x for row in mult for x in row]
print(flat)
diag = [mult[i][i] for i in range(min(len(mult), len(mult[0])))]
print(diag)
print([sum(r) for r in mult], [sum(c) for c in zip(*mult)])
shared = [[0] * 3] * 2
shared[0][0] = 9
print(shared)

for a in range(-6, 7, 3):
    row = []
    for b in (4, -4):
        q, r = divmod(a, b)
        assert q * b + r == a
        row.append(f"{a:>3}/{b:>2}=({q},{r})")
    print('  '.join(row))
print(divmod(7.5, 2), divmod(-7.5, 2))
print(divmod(10**20, 7))
print(divmod(1, 0))

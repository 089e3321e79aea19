def solve(n):
    count = 0
    first = None
    cols = [0] * n
    def place(row, used_cols, d1, d2):
        nonlocal count, first
        if row == n:
            count += 1
            if first is None:
                first = list(cols)
            return
        for c in range(n):
            if c in used_cols or (row - c) in d1 or (row + c) in d2:
                continue
            cols[row] = c
            place(row + 1, used_cols | {c}, d1 | {row - c}, d2 | {row + c})
    place(0, frozenset(), frozenset(), frozenset())
    return count, first

for n in range(1, 8):
    print(n, solve(n))
cnt, sol = solve(6)
for c in sol:
    print("".join("Q" if i == c else "." for i in range(6)))

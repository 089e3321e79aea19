squares = {x: x * x for x in range(6)}
print(squares)
inv = {v: k for k, v in squares.items()}
print(inv)
evens = {k: v for k, v in squares.items() if k % 2 == 0}
print(evens)
words = ["apple", "banana", "cherry"]
print({w: len(w) for w in words})
print({w[0]: {c: w.count(c) for c in sorted(w) if w.count(c) > 1} for w in words})
matrix = {(i, j): i * j for i in range(3) for j in range(3) if i <= j}
print(matrix)

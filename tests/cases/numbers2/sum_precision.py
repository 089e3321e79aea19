vals = [0.1] * 10
print(sum(vals), sum(vals) == 1.0)
print(sum(range(101)), sum(range(0, 101, 2)), sum([], 10))
print(sum([1, 2.5, 3]), sum([[1], [2, 3]], []))
total = 0
for i in range(1, 11):
    total += 1 / i
print(total, round(total, 6))
print(sum(i * i for i in range(10)), sum(x % 3 == 0 for x in range(30)))
print(sum([1e100, 1.0, -1e100]))

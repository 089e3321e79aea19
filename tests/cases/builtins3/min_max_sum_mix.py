records = [{'n': 'x', 'v': 3}, {'n': 'y', 'v': 9}, {'n': 'z', 'v': 1}]
print(max(records, key=lambda r: r['v'])['n'], min(records, key=lambda r: r['v'])['n'])
print(sum(r['v'] for r in records), sorted(r['n'] for r in records if r['v'] > 2))
matrix = [[3, 1, 4], [1, 5, 9], [2, 6, 5]]
print([max(row) for row in matrix], max(map(max, matrix)), sum(map(sum, matrix)))
print([sum(col) for col in zip(*matrix)])
print(list(map(list, zip(*matrix))))
print(max(enumerate([4, 8, 2, 8]), key=lambda t: t[1]))
print(min(range(10), key=lambda x: (x - 4.4) ** 2))
print(sorted(range(10), key=lambda x: (x % 3, -x)))

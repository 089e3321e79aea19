r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2:4], r[::-1])
print(11 in r, 12 in r, r.index(14), r.count(8))
print(list(range(10, 0, -3)), list(range(0)), list(range(5, 5)))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 2))
print(range(0, 10**20, 7)[10**18], 10**20 - 1 in range(0, 10**20, 7))
print(sum(range(-5, 6)), max(range(3, 99, 8)))
try:
    range(1, 10)[-20]
except IndexError as e:
    print('IndexError', e)

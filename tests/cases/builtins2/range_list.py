# list(range(...)) and range behaviour.
print(list(range(5)))
print(list(range(2, 8)))
print(list(range(0, 10, 3)))
print(list(range(10, 0, -2)))
print(list(range(5, 5)), list(range(5, 0)))
r = range(1, 10, 2)
print(r, len(r), r[2], r[-1], 5 in r, 4 in r)
print(r.index(7), r.count(3))
print(range(3) == range(0, 3, 1), range(0) == range(5, 5))
try:
    range(1, 5, 0)
except ValueError as e:
    print('caught:', e)
try:
    range(1.5)
except TypeError as e:
    print('caught:', e)

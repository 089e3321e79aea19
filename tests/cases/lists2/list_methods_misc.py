a = [3, 1, 4, 1, 5, 9, 2, 6]
print(a.count(1), a.index(4), a.index(1, 2))
a.extend((7, 8))
a.extend("ab")
print(a)
a.remove("a")
a.remove("b")
a.reverse()
print(a)
print(min(a), max(a), sum(a), len(a))
b = a * 2
print(b[:10], [0] * 3 + [1])
print(a + [None], [[]] * 2)
try:
    a.index(100)
except ValueError as e:
    print("ValueError:", e)
a.clear()
print(a)

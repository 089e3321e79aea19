names = ["ann", "bob", "cat"]
scores = [90, 80, 70]
for i, (n, s) in enumerate(zip(names, scores), start=1):
    print(i, n, s)
for i, n in reversed(list(enumerate(names))):
    print(i, n)
print(list(reversed(range(5))))
print([(i, c) for i, c in enumerate(reversed("abc"))])
print(list(zip(names, reversed(names))))
print(dict(enumerate(names)))

# Uncaught ValueError from zip(strict=True).
names = ['a', 'b', 'c']
scores = [1, 2, 3]
for n, s in zip(names, scores, strict=True):
    print(n, s)
print(dict(zip(names, scores, strict=True)))
scores.pop()
print(list(zip(names, scores)))
def pair_up(xs, ys):
    return list(zip(xs, ys, strict=True))
print(pair_up('ab', 'cd'))
print(pair_up(names, scores))

# Deduplicating while keeping order using a seen-set.
items = [5, 3, 5, 1, 3, 9, 1, 0]
seen = set()
out = []
for x in items:
    if x not in seen:
        seen.add(x)
        out.append(x)
print(out)
print(seen)
print(sorted(set('banana')))
words = 'the cat and the hat and the bat'.split()
print(sorted(set(words)), len(set(words)))

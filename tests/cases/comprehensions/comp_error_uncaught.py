# Uncaught exception raised inside a comprehension.
def invert(x):
    return 10 // x

data = [4, 2, 1, 0, 5]
print([10 // x for x in data if x])
print({x: invert(x) for x in data if x > 1})
safe = []
for x in data:
    if x:
        safe.append(invert(x))
print(safe)
print([10 // x for x in data])

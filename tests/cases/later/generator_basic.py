# Generator functions with yield.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
    print('generator done')

print(list(count_up(3)))
g = count_up(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration:
    print('StopIteration')
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for x in fib():
    if x > 50:
        break
    out.append(x)
print(out)

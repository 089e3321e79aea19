def gen():
    yield 1
    yield 2

g = gen()
print(g.gi_running if hasattr(g, 'gi_running') else None)
print(list(g), list(g))

def counter():
    i = 0
    while i < 3:
        i += 1
        yield i
    print("counter done")

for x in counter():
    print("x", x)
c = counter()
print(next(c))
c.close()
print(next(c, "closed"))

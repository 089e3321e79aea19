# Expressions evaluated before a yield in the same statement run once, not again on resumption.
calls = []

def g(tag):
    calls.append(tag)
    return tag

def show(*args, **kwargs):
    print("show", args, sorted(kwargs.items()))
    return len(args)

def gen():
    n = show(g("a"), (yield 1), g("b"), (yield 2), k=g("c"), j=(yield 3))
    print("n =", n)
    x = [g("d"), (yield 4), (yield 5)]
    print("x =", x)
    y = (yield 6) + (yield 7)
    print("y =", y)

it = gen()
print(next(it))
for v in ["A", "B", "C", "D", "E", 10]:
    print(it.send(v))
try:
    it.send(20)
except StopIteration:
    print("done")
print(calls)

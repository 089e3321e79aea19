# Yields nested in yields, in operands, comprehension iterables, f-strings and subscripts.
log = []

def f(x):
    log.append(x)
    return x

def gen():
    a = yield (yield 1)
    print("a =", a)
    b = f(10) * ((yield 2) - f(3))
    print("b =", b)
    c = {f("k1"): (yield 3), f("k2"): f("v2"), (yield 4): f("v3")}
    print("c =", c)
    d = f"{f('s')}-{(yield 5)}-{f('t')}"
    print("d =", d)
    e = [f(0), f(1), f(2)][(yield 6)]
    print("e =", e)
    g = f(100) if (yield 7) else f(200)
    print("g =", g)
    h = [i * 2 for i in (yield 8)]
    print("h =", h)
    k = f(1) < (yield 9) < f(10)
    print("k =", k)
    m = f("left") and (yield 10) or f("right")
    print("m =", m)

it = gen()
print(next(it))
try:
    for v in ["x", "y", 5, "vk", "key", "mid", 1, True, range(3), 5, 0]:
        print("->", it.send(v))
except StopIteration:
    print("done", log)

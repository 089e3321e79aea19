# Generator expressions and yields in one statement; throw() into the second yield.
side = []

def mark(x):
    side.append(x)
    return x

def gen():
    try:
        r = (mark("a"), (yield 1), mark("b"), (yield 2))
        print("r", r)
    except KeyError as e:
        print("caught", repr(e), side)
    vals = [(yield "v0"), (yield "v1")]
    print("vals", vals)
    s = sum(x for x in [mark(1), (yield "s"), mark(2)])
    print("s", s)

it = gen()
print(next(it))
print(it.send("one"))
print(it.throw(KeyError("k")))
print(it.send("v0"))
print(it.send("v1"))
try:
    it.send(40)
except StopIteration:
    pass
print(side)

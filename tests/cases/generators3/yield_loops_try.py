# Many yields per statement inside loops, try/except/finally and with: each resumes in place.
def producer():
    for i in range(3):
        try:
            pair = ((yield ("first", i)), (yield ("second", i)))
            if pair[0] == "raise":
                raise ValueError(pair)
            print("pair", pair)
        except ValueError as e:
            got = [(yield ("handler", i)), str(e)]
            print("handled", got)
        finally:
            print("finally", i, (yield ("finally", i)))
    while (yield "again?"):
        print("looping")
    return "done"

it = producer()
out = [next(it)]
sends = ["a", "b", "f0", "raise", "x", "h1", "f1", "c", "d", "f2", 1, 0]
try:
    for s in sends:
        out.append(it.send(s))
except StopIteration as e:
    out.append(("stop", e.value))
for o in out:
    print(o)

def g2():
    total = 0
    for x in range(4):
        total += (yield x) * x + (yield -x)
    return total
it = g2()
v = next(it)
res = []
try:
    while True:
        res.append(v)
        v = it.send(v + 1)
except StopIteration as e:
    print(res, e.value)

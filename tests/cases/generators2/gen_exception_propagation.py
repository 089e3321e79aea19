def risky():
    yield 1
    yield 2
    raise KeyError("boom")
    yield 3

g = risky()
got = []
try:
    for v in g:
        got.append(v)
except KeyError as e:
    print("caught", repr(e), got)
print(next(g, "exhausted"))

def safe(gen):
    try:
        yield from gen
    except KeyError:
        yield "fallback"
print(list(safe(risky())))

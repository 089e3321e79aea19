# iter() and next(), with a default, exhaustion and CPython's errors.
it = iter((1, 2, 3))
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
r = iter(range(2))
print(next(r), next(r), next(r, -1))
s = iter("hé😀")
print(next(s), next(s), next(s), next(s, "end"))
print(iter(it) is it, next(iter(range(10**20, 10**20 + 2))))
for x in iter((7, 8)):
    print(x)

def attempt(label, thunk):
    try:
        print(label, thunk())
    except (TypeError, StopIteration) as e:
        print(label, type(e).__name__, repr(e), e.args)

attempt("exhausted", lambda: next(it))
attempt("not an iterator", lambda: next((1, 2)))
attempt("int", lambda: next(5))
attempt("iter int", lambda: iter(5))
attempt("next none", lambda: next())
attempt("next kw", lambda: next(it, default=1))
attempt("iter many", lambda: iter(1, 2, 3))
next(it)

# min() and max() with key= and default=, ties, and CPython's errors.
print(min((3, 1, 2)), max((3, 1, 2)), min(3, 1, 2), max("abc"), min(range(5, 0, -1)))
print(min((3, 1, 2), key=lambda x: -x), max("abc", key=ord), max((1, 2), key=None))
print(min((), default=7), max((), default=None), min((4,), default=0))
print(max(2, 1, key=lambda v: 0), min(2, 1, key=lambda v: 0), max((1.5, 2, True)), min((-0.0, 0.0)))
print(min(("bb", "a", "ccc"), key=len), max(("bb", "a", "ccc", "ddd"), key=len))

def noisy(v):
    print("key", v)
    return v % 3

print(max((4, 5, 6), key=noisy))

def attempt(label, thunk):
    try:
        print(label, thunk())
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)

attempt("default multi", lambda: min(1, 2, default=3))
attempt("bad kw", lambda: min((1, 2), foo=1))
attempt("only key", lambda: min(key=len))
attempt("not iterable", lambda: max(1, key=None))
attempt("empty", lambda: min((), key=len))
attempt("empty max", lambda: max(()))
attempt("mixed", lambda: max((1, "a")))
attempt("key fails", lambda: max((1, 2), key=len))
attempt("key not callable", lambda: max((1, 2), key=5))

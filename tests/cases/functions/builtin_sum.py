# sum(): CPython 3.11 adds left to right (floats without compensation), any start, and its errors.
print(sum((0.1,) * 10), sum((1e100, 1.0, -1e100)), sum(range(10)), sum((1, 2.5)), sum((), 5))
print(sum(((1,), (2,)), ()), sum((True, True)), sum((2**70, 1)), sum((1, 2), start=10), sum((1, 2), 0.5))
print(sum(range(100000)), sum((9223372036854775807, 1)), sum((-0.0,)), sum((), -0.0), sum(()))

def attempt(label, thunk):
    try:
        print(label, thunk())
    except TypeError as e:
        print(label, "TypeError", e)

attempt("strings", lambda: sum(("a", "b"), ""))
attempt("mixed", lambda: sum((1, "a")))
attempt("not iterable", lambda: sum(1))
attempt("no args", lambda: sum())
attempt("iterable by keyword", lambda: sum(iterable=(1,)))
attempt("too many", lambda: sum((1,), 2, 3))

# An assertion failure is marked under its test expression, even across lines.
def f(x):
    assert (x <
            3), "no"
f(5)

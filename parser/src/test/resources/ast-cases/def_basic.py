def f():
    pass

def g(a):
    return a

def h(a, b, c):
    return a + b + c

def with_docstring():
    """Docstring."""

def one_liner(x): return x * 2

def nested():
    def inner():
        def innermost():
            return 1
        return innermost
    return inner

def returns_annotation() -> int:
    return 1

def returns_complex() -> dict[str, list[int | None]]:
    return {}

def trailing_comma(a, b,):
    pass

def body_on_next_line(
    a,
    b,
):
    pass

def match(): pass
def case(): pass
def _(): pass
def __init__(self): pass

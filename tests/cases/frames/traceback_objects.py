def inner():
    raise ValueError('x')
def outer():
    inner()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(type(e.__traceback__).__name__, type(e.__traceback__.tb_frame).__name__, lines)
print(ValueError('never raised').__traceback__)
def f(): pass
FunctionType = type(f)
print(type(FunctionType.__code__).__name__, type(FunctionType.__globals__).__name__, FunctionType.__code__, FunctionType.__globals__)
print(f.__code__.co_name, f.__globals__['__name__'])
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise KeyError('k') from z
except KeyError as k:
    print(k.__traceback__.tb_lineno, k.__cause__.__traceback__.tb_lineno)

# except*: matching parts of groups, naked exceptions, what is left or raised comes out again.
def f(exc):
    try:
        raise exc
    except* ValueError as e:
        print("values:", repr(e))
    except* TypeError as e:
        print("types:", repr(e))
f(ExceptionGroup("g", [ValueError(1), TypeError(2), ValueError(3)]))
f(ValueError("naked"))
try:
    f(ExceptionGroup("g", [ValueError(1), KeyError("k")]))
except ExceptionGroup as e:
    print("left:", repr(e))
try:
    f(KeyError("nk"))
except KeyError as e:
    print("naked left:", repr(e))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise RuntimeError("new")
except ExceptionGroup as e:
    print("raised:", repr(e), repr(e.exceptions[0].__context__))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("reraised:", repr(e))
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError:
    print("handled")
else:
    print("no else")
finally:
    print("finally")

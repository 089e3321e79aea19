def f():
    try:
        1 / 0
    except ZeroDivisionError:
        {}["k"]

try:
    f()
except KeyError as e:
    print(repr(e), repr(e.__context__), e.__cause__)

try:
    try:
        raise ValueError("first")
    finally:
        print("finally runs")
except ValueError as e:
    print("caught", e, e.__context__)

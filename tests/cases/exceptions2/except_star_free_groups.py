def classify(exc):
    try:
        raise exc
    except (TypeError, ValueError) as e:
        return "TV:" + type(e).__name__
    except LookupError as e:
        return "Lookup:" + type(e).__name__
    except ArithmeticError as e:
        return "Arith:" + type(e).__name__
    except BaseException as e:
        return "Base:" + type(e).__name__

for exc in [TypeError(), IndexError(), KeyError(), ZeroDivisionError(), OverflowError(), ValueError(), StopIteration(), KeyboardInterrupt()]:
    print(classify(exc))

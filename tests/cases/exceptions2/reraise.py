def risky():
    raise ValueError("original")

def middle():
    try:
        risky()
    except ValueError as e:
        print("logging", e)
        raise

try:
    middle()
except ValueError as e:
    print("outer caught", e)

def transform():
    try:
        risky()
    except ValueError as e:
        e.args = ("modified",) + e.args
        raise e

try:
    transform()
except ValueError as e:
    print(e.args)

try:
    raise ValueError("x")
except ValueError as err:
    saved = err
print(saved)
try:
    err
except NameError as e:
    print("NameError:", e)

def nested():
    try:
        raise TypeError("inner")
    except TypeError as e:
        try:
            raise ValueError("second")
        except ValueError as e2:
            return (str(e), str(e2), str(e2.__context__))
print(nested())

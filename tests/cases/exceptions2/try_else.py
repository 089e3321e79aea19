def attempt(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        print("division by zero")
        return None
    except TypeError as e:
        print("type error")
        return None
    else:
        print("no error, result", r)
        return r
    finally:
        print("finally for", repr(x))

print(attempt(2))
print(attempt(0))
print(attempt("a"))

for i in range(2):
    pass
else:
    print("loop else")

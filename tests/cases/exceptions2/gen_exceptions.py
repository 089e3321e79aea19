def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("gen finally")

it = g()
print(next(it))
it.close()

def h():
    try:
        yield 1
    except ValueError as e:
        yield "handled " + str(e)

it = h()
next(it)
print(it.throw(ValueError("oops")))
it2 = h()
try:
    it2.throw(ValueError("early"))
except ValueError as e:
    print("not started:", e)

# del of a missing global reports the name; NameError.name is set only by the interpreter.
colour = "red"
try:
    del color
except NameError as e:
    print(type(e).__name__, e.name, e.args)
try:
    raise NameError("made by hand")
except NameError as e:
    print(e.name, e.args)

def f():
    local_value = 1
    del local_value
    return local_value

try:
    f()
except NameError as e:
    print(type(e).__name__, e.name)
del colr

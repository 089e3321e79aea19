# An unbound free variable is a NameError with a name, so it gets a suggestion too.
def outer():
    def inner():
        return result
    try:
        print(inner())
    except NameError as e:
        print("caught:", e, "| name:", e.name)
    resulf = 1
    inner()
    result = 2

outer()

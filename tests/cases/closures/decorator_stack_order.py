def tag(name):
    def deco(fn):
        print("decorating", fn.__name__, "with", name)
        def wrapper(*a):
            return f"<{name}>" + fn(*a) + f"</{name}>"
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco

@tag("b")
@tag("i")
@tag("u")
def text(s):
    return s

print(text("hello"))
print(text.__name__)

def repeat(times, sep="-"):
    def deco(fn):
        def wrapper(*args, **kw):
            results = [fn(*args, **kw) for _ in range(times)]
            return sep.join(str(r) for r in results)
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco

@repeat(3)
def hello(name):
    return "hi " + name

@repeat(2, sep="|")
def num():
    return 7

print(hello("bob"))
print(num())
print(hello.__name__, num.__name__)

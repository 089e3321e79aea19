class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)
    def __setattr__(self, name, value):
        raise AttributeError(f"{name} is read-only")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name}")

f = Frozen(a=1, b=2)
print(f.a, f.b)
try:
    f.a = 5
except AttributeError as e:
    print(e)
try:
    del f.b
except AttributeError as e:
    print(e)

class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)

l = Logged()
l.x = 1
l.x += 1
print(l.x)

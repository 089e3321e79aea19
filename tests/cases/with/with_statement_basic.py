# with: __enter__'s value, __exit__ arguments, suppression, nesting, errors in __exit__.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.suppress
with CM("a") as x, CM("b") as y:
    print("inside", x, y)
with CM("s", suppress=True):
    raise ValueError("hidden")
print("after suppress")
try:
    with CM("n"):
        raise KeyError("shown")
except KeyError as e:
    print("propagated", e)
def f():
    with CM("ret"):
        return "returned"
print(f())
for i in range(2):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        break
try:
    with 42:
        pass
except TypeError as e:
    print("TypeError:", e)

def counted(fn):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper

@counted
def square(x):
    return x * x

@counted
def noop():
    pass

for i in range(5):
    square(i)
noop()
print(square.calls, noop.calls)
print([square(i) for i in range(3)], square.calls)

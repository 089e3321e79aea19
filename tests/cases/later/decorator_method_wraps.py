# Decorating methods and a class-based decorator.
class CountCalls:
    def __init__(self, func):
        self.func = func
        self.calls = 0

    def __call__(self, *args):
        self.calls += 1
        return self.func(*args)

@CountCalls
def square(x):
    return x * x

print(square(3), square(4), square.calls)

def logged(method):
    def wrapper(self, *args):
        print('->', method.__name__, args)
        return method(self, *args)
    return wrapper

class Calc:
    @logged
    def add(self, a, b):
        return a + b

print(Calc().add(2, 3))

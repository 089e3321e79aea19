# Function decorators with and without arguments.
def trace(func):
    def wrapper(*args, **kwargs):
        print('calling', func.__name__, args, kwargs)
        result = func(*args, **kwargs)
        print('returned', result)
        return result
    return wrapper

def repeat(n):
    def deco(func):
        def wrapper(*args):
            return [func(*args) for _ in range(n)]
        return wrapper
    return deco

@trace
def add(a, b=0):
    return a + b

@repeat(3)
def hello(name):
    return 'hi ' + name

add(1, b=2)
print(hello('x'))
print(add.__name__)

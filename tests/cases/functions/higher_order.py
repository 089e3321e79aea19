def square(x):
    return x * x

def negate(x):
    return -x

def apply(f, x):
    return f(x)

def twice(f, x):
    return f(f(x))

def compose_apply(f, g, x):
    return f(g(x))

def summation(f, n):
    total = 0
    for i in range(1, n + 1):
        total += f(i)
    return total

print(apply(square, 7))
print(apply(negate, 7))
print(twice(square, 3))
print(twice(negate, 5))
print(compose_apply(square, negate, 4))
print(compose_apply(negate, square, 4))
print(summation(square, 10))
print(summation(abs, 5))
g = square
print(g(12))
op = square if True else negate
print(op(-3))
print(apply(str, 42) + '!')
print(apply(len, 'hello'))
print(type(square))
print(summation(float, 3))

x = 1
print(x is 1)
print('a' is not 'b', x is None, x is ..., x is True)
def f(y):
    return y is ()
print(f(()), x is -1)

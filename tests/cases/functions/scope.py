x = 'global x'

def read_global():
    return x

def local_shadow():
    x = 'local x'
    return x

def param_shadow(x):
    x = x + '!'
    return x

def uses_later_global():
    return later

def loop_var():
    for i in range(3):
        pass
    return i

later = 'defined after function'
print(read_global())
print(local_shadow())
print(param_shadow('arg'))
print(x)
print(uses_later_global())
print(loop_var())
x = 'rebound'
print(read_global())

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(fact(12))

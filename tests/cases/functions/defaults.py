def greet(name, greeting='Hello', punct='!'):
    return greeting + ', ' + name + punct

def power(base, exp=2):
    return base ** exp

def show(a, b=None):
    if b is None:
        print('a only:', a)
    else:
        print('a and b:', a, b)

print(greet('world'))
print(greet('world', 'Hi'))
print(greet('world', 'Hey', '?'))
print(power(5))
print(power(5, 3))
print(power(2, 100))
show(1)
show(1, 2)
show(1, None)
counter = 10

def snapshot(x=counter):
    return x

counter = 20
print(snapshot())
print(snapshot(counter))

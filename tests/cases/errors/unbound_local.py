x = 1

def f():
    print('in f')
    print(x)
    x = 2

f()

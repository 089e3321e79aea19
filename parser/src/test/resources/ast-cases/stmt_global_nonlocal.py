counter = 0
a = b = c = None

def bump():
    global counter
    counter += 1

def many():
    global a, b, c
    a = b = c = 1

def outer():
    x = 1
    y = 2
    def inner():
        nonlocal x
        nonlocal y, x
        x += 1
        y = x
        def innermost():
            nonlocal x, y
            global counter
            return x + y + counter
        return innermost
    return inner

# Form feeds: at the start of a line CPython resets the indentation column.
x = 1

y = 2
def f():
    a = 1

    
    b = 2
    return a + b

z = 3# form feed before a comment

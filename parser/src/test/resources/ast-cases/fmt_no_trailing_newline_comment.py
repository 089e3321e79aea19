x = 1
def f():
    return x
# the file ends with a comment and no newline
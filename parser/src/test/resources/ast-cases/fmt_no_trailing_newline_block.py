# The file ends inside an indented block without a newline.
def f():
    if x:
        return 1
    return 2
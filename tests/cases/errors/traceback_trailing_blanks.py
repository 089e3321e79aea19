# Traceback lines keep their trailing blanks, and the markers count them as part of the line.
def f():
    return 1/0   

f()  

def nothing():
    pass

def early(x):
    if x:
        return
    print('not early')

print(None)
print(repr(None))
print(str(None))
print(type(None))
x = None
print(x is None)
print(x is not None)
print(nothing())
print(nothing() is None)
print(early(True))
print(early(False))
print(None == None)
print(None != 0)
print(None == False)
print(not None)
y = 5
print(y is None, y is not None)

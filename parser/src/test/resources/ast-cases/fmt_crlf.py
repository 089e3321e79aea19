# Windows line endings.
x = 1
if x:
    y = 2
s = '''triple
quoted'''
t = 1 + \
    2
def f(a,
      b):
    return a

z = [1,
     2]

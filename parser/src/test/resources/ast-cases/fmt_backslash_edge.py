\
x = 1
y = \
\
    2
if x \
   == 1:\
    pass
z = [1, \
2]
a = 'x' \
    'y'
def f(): \
    return 1

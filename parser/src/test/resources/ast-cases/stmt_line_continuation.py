x = 1 + \
    2
y = \
    3
if a and \
   b:
    pass
assert x, \
    "message"
with a as b, \
     c as d:
    pass
def f(a,
      b):
    return a \
        + b
z = [1,
2,
        3]
s = "abc" \
    "def"
t = ("abc"
"def")
from os import (path,
    sep)
w = 1 + \
\
    2
u = {
'a':
1
}

a and b
a or b
a and b and c
a or b or c
a and b or c
a or b and c
a or b and c or d
not a
not not a
not a and not b
not (a or b)
a and (b or c)
(a and b) or (c and d)
x = a or b and not c
x = not a == b
x = not a in b
x = a and b if c else d or e
x = [a or b for a in c if a and not b]

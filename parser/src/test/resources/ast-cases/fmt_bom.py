# A UTF-8 file with a byte-order mark.
x = 'café'
été = 1
y = x + '☃'
def f(): return été

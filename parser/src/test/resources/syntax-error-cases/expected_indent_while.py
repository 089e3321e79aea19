while x:
# comment
x -= 1

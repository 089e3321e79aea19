# The last line has no newline.
x = 1
y = x + 1
# Mixed line endings in one file.
a = 1
b = 2c = 3
if a:
    d = '''xy
z'''
e = 4
c = compile('x = 5\nprint(x)', 'm.py', 'exec')
print(type(c).__name__)
exec(c)
e = compile('1 + 2', 'e', 'eval')
print(eval(e), eval(e))
s = compile('3', 's', 'single')
try:
    compile('x', 'f', 'bogus')
except ValueError as err:
    print(err)
try:
    compile('x = = 1', 'bad.py', 'exec')
except SyntaxError as err:
    print(err.msg, err.filename, err.lineno)
print(eval(compile(b'"bytes source"', 'b', 'eval')))

ns = {}
exec('a = 1\nb = a + 1\ndef f(n):\n    return n * b\n', ns)
print(sorted(k for k in ns if k != '__builtins__'), ns['a'], ns['b'], ns['f'](5), '__builtins__' in ns)
exec('print("hello from exec")')
g = {'x': 2}
l = {}
exec('y = x * 3\nz = y + 1', g, l)
print(l, 'y' in g)
exec('counter = 0\nfor i in range(5):\n    counter += i', g)
print(g['counter'])
total = 0
exec('total = 42')
print(total)
def inner():
    exec('q = 5')
    return 'q' in locals()
print(inner())
code = compile('for i in range(3):\n    print(i)', 'file.py', 'exec')
exec(code)
print(exec('1 + 1'))
exec('class C:\n    v = 7\n    def m(self):\n        return self.v\n', ns)
print(ns['C']().m(), ns['C'].__name__, ns['C'].__qualname__, ns['f'].__qualname__)
try:
    exec(5)
except TypeError as e:
    print(e)
try:
    exec('x = 1', [])
except TypeError as e:
    print(e)
try:
    exec('1/0')
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    exec('def broken(:\n    pass')
except SyntaxError as e:
    print('SyntaxError', e.msg, e.lineno)

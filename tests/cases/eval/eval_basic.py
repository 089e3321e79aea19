x = 10
print(eval('x + 1'), eval('  x * 2'), eval('[i * i for i in range(4)]'), eval('(lambda a: a + x)(5)'))
print(eval('x', {'x': 1}), eval('x + y', {'x': 1}, {'y': 2}), eval('len("abc")', {}))
def f():
    y = 3
    return eval('x + y')
print(f())
code = compile('a * 2', '<expr>', 'eval')
print(eval(code, {'a': 21}), eval(code, {'a': 'ab'}))
print(eval(b'1 + 2'), eval('__name__'), eval('__name__', {}))
for bad in ['1 +', 'import os', '(1']:
    try:
        eval(bad)
    except SyntaxError as e:
        print('SyntaxError', e.msg)
try:
    eval('undefined_name')
except NameError as e:
    print('NameError', e)
try:
    eval(123)
except TypeError as e:
    print(e)
try:
    eval('1', [])
except TypeError as e:
    print(e)

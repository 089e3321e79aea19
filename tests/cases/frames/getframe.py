import sys
def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno, sorted(f.f_locals)
def caller(a, b=2):
    c = a + b
    return where()
print(caller(1))
f = sys._getframe()
print(f.f_code.co_name, f.f_lineno, f.f_back, type(f).__name__, f.f_globals is not None, f.f_globals['__name__'])
def outer():
    def inner():
        fr = sys._getframe()
        names = []
        while fr is not None:
            names.append(fr.f_code.co_name)
            fr = fr.f_back
        return names
    return inner()
print(outer())
def module_name():
    return sys._getframe(1).f_globals.get('__name__')
print(module_name())
try:
    sys._getframe(100)
except ValueError as e:
    print('ValueError', e)
class K:
    seen = sys._getframe().f_code.co_name
    loc = sorted(sys._getframe().f_locals)
print(K.seen, K.loc)

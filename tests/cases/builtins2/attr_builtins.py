# getattr, setattr, hasattr and delattr.
class Obj:
    cls_attr = 'class'

o = Obj()
setattr(o, 'x', 5)
print(o.x, getattr(o, 'x'))
print(getattr(o, 'y', 'default'))
print(hasattr(o, 'x'), hasattr(o, 'y'), hasattr(o, 'cls_attr'))
delattr(o, 'x')
print(hasattr(o, 'x'))
for name in ['a', 'b']:
    setattr(o, name, name.upper())
print(o.a, o.b)
print(getattr('abc', 'upper')())
try:
    getattr(o, 'missing')
except AttributeError as e:
    print('caught:', e)
try:
    delattr(o, 'missing')
except AttributeError as e:
    print('caught:', e)
try:
    getattr(o, 5)
except TypeError as e:
    print('caught:', e)

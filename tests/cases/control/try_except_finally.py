def f(x):
    try:
        return 10 // x
    except ZeroDivisionError as e:
        print('caught', e, type(e), e.args)
        return -1
    finally:
        print('finally', x)

print(f(2), f(0))
try:
    int('x')
except (TypeError, ValueError) as err:
    print('tuple match:', err)
try:
    e = 1
    raise KeyError('k')
except KeyError as e:
    pass
try:
    print(e)
except NameError as n:
    print('unbound after except:', n)
for i in range(3):
    try:
        if i == 1:
            continue
        print('body', i)
    finally:
        print('fin', i)
def g():
    try:
        raise ValueError('inner')
    except ValueError:
        raise
try:
    g()
except ValueError as v:
    print('reraised', v)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise RuntimeError('wrapped') from z
except RuntimeError as r:
    print(r, type(r.__cause__), r.__suppress_context__)
try:
    try:
        pass
        raise IndexError('first')
    except IndexError:
        raise TypeError('second')
except TypeError as t:
    print(t, repr(t.__context__))
try:
    pass
except Exception:
    print('no')
else:
    print('else runs')
x = 5
del x
try:
    x
except NameError as n:
    print(n)
def h():
    try:
        return 'try'
    finally:
        print('h finally')
print(h())
try:
    raise
except RuntimeError as r:
    print(r)
try:
    try:
        raise ValueError(1)
    finally:
        print('cleanup')
except ValueError as v:
    print('outer', v)

# gi_frame, cr_frame and ag_frame: one frame object for the generator's life, its f_lineno at
# the suspension point (the first line before it starts), its f_locals, None once finished.
import sys


def gen(a):
    x = a + 1
    yield x
    y = x * 2
    yield y
    return 5


g = gen(1)
f = g.gi_frame
print(type(f).__name__, f is g.gi_frame, f.f_lineno, f.f_code.co_name, f.f_back, sorted(f.f_locals.items()))
print(next(g), f.f_lineno, sorted(f.f_locals.items()), g.gi_frame.f_globals is globals())
print(next(g), g.gi_frame.f_lineno, sorted(g.gi_frame.f_locals.items()))
try:
    next(g)
except StopIteration as e:
    print('stop', e.value, g.gi_frame)


def delegating():
    yield 1
    yield from gen(10)


d = delegating()
print([d.gi_frame.f_lineno for _ in [next(d), next(d), next(d)]], d.gi_frame.f_code.co_name)


def selfref():
    fr = yield
    yield fr.f_lineno, fr.f_code.co_name, sorted(fr.f_locals)


s = selfref()
next(s)
print(s.send(s.gi_frame))


async def co():
    return 1


c = co()
print(type(c.cr_frame).__name__, c.cr_frame.f_code.co_name, c.cr_frame.f_lineno)
c.close()
print(c.cr_frame)


async def agen():
    v = 1
    yield v


a = agen()
print(type(a.ag_frame).__name__, a.ag_frame.f_lineno, a.ag_frame.f_code.co_name)
g2 = gen(3)
g2.close()
print(g2.gi_frame)
g3 = gen(3)
next(g3)
g3.close()
print(g3.gi_frame, g3.gi_running, g3.gi_suspended)

# globals() and __dict__ are the same dict each time, as in CPython.
class O:
    pass
o = O()
o.x = 1
print(globals() is globals(), o.__dict__ is o.__dict__, gen.__globals__ is globals(), sorted(o.__dict__))
o.__dict__['y'] = 2
print(o.y, sorted(vars(o)), vars(o) is o.__dict__, sys._getframe().f_globals is globals())

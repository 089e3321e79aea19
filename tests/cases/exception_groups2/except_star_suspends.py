# yield and await inside except* clauses: a resumption goes back into the clause, which keeps
# its matched group bound and its exception handled; sys.exception() and sys.exc_info().
import sys

def gen():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError as e:
        got = yield ('value', repr(e.exceptions))
        yield ('after send', got, repr(e.exceptions), sys.exception() is e)
    except* TypeError as e:
        yield ('type', repr(e.exceptions))
        raise RuntimeError('from type handler')
    except* KeyError:
        yield 'key'
    finally:
        yield 'finally'

g = gen()
print(next(g))
print(g.send('sent'))
print(next(g))
print(next(g))
try:
    print(next(g))
    print(next(g))
except BaseException as e:
    print(type(e).__name__, e, [type(x).__name__ for x in getattr(e, 'exceptions', [])])

def gen2():
    try:
        yield 'body'
        raise ExceptionGroup('g2', [OSError('o')])
    except* OSError as e:
        yield 'handler'
    else:
        yield 'else'
    yield 'end'
print(list(gen2()))
def gen3():
    try:
        yield 'body'
    except* OSError as e:
        yield 'handler'
    else:
        yield 'else'
    yield 'end'
print(list(gen3()))

class Suspend:
    def __await__(self):
        yield 'suspended'
async def co():
    result = None
    try:
        raise ExceptionGroup('c', [ValueError('v')])
    except* ValueError as e:
        await Suspend()
        result = 'handled ' + repr(e.exceptions)
    return result
c = co()
print(c.send(None))
try:
    c.send(None)
except StopIteration as s:
    print(s.value)

print(sys.exception(), sys.exc_info())
try:
    raise KeyError('k')
except KeyError as e:
    t, v, tb = sys.exc_info()
    print(sys.exception() is e, t is KeyError, v is e, tb is e.__traceback__, tb.tb_lineno)
    try:
        raise ValueError('inner')
    except ValueError:
        print(repr(sys.exception()))
    print(repr(sys.exception()))
print(sys.exception())

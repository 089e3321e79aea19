# OSError's fields and errno subclasses, ImportError's msg/name/path, and the builtins that
# complete the builtins module (aliases, warning categories, __import__).
import builtins

e = OSError(2, 'No such file or directory', 'x.txt')
print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2, e.args, str(e), repr(e))
e = OSError(13, 'Permission denied')
print(type(e).__name__, e.errno, e.strerror, e.filename, str(e), e.args)
e = OSError('just a message')
print(type(e).__name__, e.errno, e.strerror, str(e), e.args)
e = OSError(1, 'x', None)
print(type(e).__name__, e.args, str(e), e.filename)
e = FileNotFoundError(1, 'x', 'a', 0, 'b')
print(type(e).__name__, e.errno, str(e), e.filename2, e.args)
e = OSError(1, 2, 3, 4, 5, 6)
print(type(e).__name__, e.errno, e.args, str(e))
print(IOError is OSError, EnvironmentError is OSError)
for n in ['BlockingIOError', 'BrokenPipeError', 'ChildProcessError', 'ConnectionAbortedError',
          'ConnectionRefusedError', 'ConnectionResetError', 'ProcessLookupError', 'TimeoutError',
          'InterruptedError', 'FileExistsError', 'IsADirectoryError', 'NotADirectoryError']:
    t = getattr(builtins, n)
    print(n, [c.__name__ for c in t.__mro__[1:]])
for n in ['BytesWarning', 'EncodingWarning', 'FutureWarning', 'ImportWarning',
          'PendingDeprecationWarning', 'ResourceWarning', 'UnicodeWarning']:
    t = getattr(builtins, n)
    print(n, [c.__name__ for c in t.__mro__[1:]])
for en in [1, 2, 3, 4, 5, 10, 11, 13, 17, 20, 21, 32, 103, 104, 110, 111, 114, 115, 999]:
    print(en, type(OSError(en, 's')).__name__, type(OSError(en, 's', 'f', None, 'g')).__name__)
print(type(FileNotFoundError(13, 'x')).__name__, type(OSError(2)).__name__)
b = BlockingIOError(11, 'x', 5)
print(b.characters_written, b.filename, b.args)
try:
    BlockingIOError(11, 'x').characters_written
except AttributeError as err:
    print('AttributeError', err)
e = OSError(2, 'gone', 'f')
e.errno = 5
e.filename = 'g'
print(e.errno, e.filename, str(e))
try:
    raise FileNotFoundError(2, 'No such file or directory', 'missing.txt')
except OSError as err:
    print('caught', type(err).__name__, err)


class MyOSError(OSError):
    pass


m = MyOSError(2, 'y', 'z')
print(type(m).__name__, m.errno, m.filename, str(m), m.args)

e = ImportError('x', name='n', path='p')
print(e.name, e.path, e.msg, e.args, str(e), repr(e))
e = ImportError('a', 'b')
print(e.name, e.path, e.msg, str(e))
e = ImportError()
print(e.msg, str(e), repr(e))
try:
    import nonexistent_x
except ImportError as err:
    print(type(err).__name__, err.name, err.msg, err.path)
try:
    __import__('nonexistent_y')
except ModuleNotFoundError as err:
    print(type(err).__name__, err.name, err)
try:
    __import__('sys.path.x')
except ModuleNotFoundError as err:
    print(type(err).__name__, err.name, err)
print(__import__('sys').maxsize, __import__('sys') is __import__('sys'))
for bad in [(1,), ('sys', None, None, (), -1), ('',), ('sys', None, None, (), 1), ('sys', 5, None, (), 1), ('x', {}, None, (), 2), ('x', {'__name__': 'a.b'}, None, (), 1), ('x', {'__name__': 'a.b'}, None, (), 3), ('x', {'__package__': 'p.q'}, None, (), 2), ('x', {'__name__': 'top'}, None, (), 1)]:
    try:
        __import__(*bad)
    except (TypeError, ValueError, ImportError, KeyError) as err:
        print(type(err).__name__, err)
print(builtins.__doc__.splitlines()[0], repr(builtins.__package__), getattr(builtins, 'True') is True, vars(builtins)['False'])
print(sorted(k for k in dir(builtins) if k.endswith('Warning')))

# Raising and catching a user-defined exception.
class MyError(Exception):
    pass

try:
    raise MyError('something bad')
except MyError as e:
    print('caught:', e)
    print(type(e).__name__, e.args)
    print(repr(e))
try:
    raise MyError
except MyError as e:
    print('bare:', repr(e), e.args, str(e) == '')
try:
    raise MyError(1, 2)
except Exception as e:
    print(e, isinstance(e, MyError), isinstance(e, Exception))

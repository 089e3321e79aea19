# An exception hierarchy is matched by the first suitable except clause.
class AppError(Exception): pass
class DbError(AppError): pass
class NetError(AppError): pass
class TimeoutErr(NetError): pass

def fail(kind):
    raise kind('from ' + kind.__name__)

for kind in [DbError, NetError, TimeoutErr, AppError, ValueError]:
    try:
        fail(kind)
    except TimeoutErr as e:
        print('timeout handler:', e)
    except NetError as e:
        print('net handler:', e)
    except AppError as e:
        print('app handler:', e)
    except Exception as e:
        print('generic handler:', type(e).__name__, e)
print([c.__name__ for c in TimeoutErr.__mro__])
try:
    fail(DbError)
except (NetError, DbError) as e:
    print('tuple handler:', e)

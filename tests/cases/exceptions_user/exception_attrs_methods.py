# Exceptions with methods and class attributes.
class HttpError(Exception):
    status = 500

    def describe(self):
        return '%d %s' % (self.status, self.args[0])

class NotFound(HttpError):
    status = 404

errors = []
for cls, msg in [(HttpError, 'oops'), (NotFound, '/missing')]:
    try:
        raise cls(msg)
    except HttpError as e:
        errors.append(e)
for e in errors:
    print(e.describe(), type(e).__name__)
print(errors[1].status, HttpError.status)
print(issubclass(NotFound, Exception))

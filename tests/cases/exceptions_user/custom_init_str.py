# Custom __init__ and __str__ on an exception class.
class ValidationError(Exception):
    def __init__(self, field, reason):
        super().__init__(field, reason)
        self.field = field
        self.reason = reason

    def __str__(self):
        return self.field + ': ' + self.reason

try:
    raise ValidationError('age', 'must be positive')
except ValidationError as e:
    print(e)
    print(e.field, e.reason, e.args)
    print(repr(e))
class NoSuper(Exception):
    def __init__(self, code):
        self.code = code
try:
    raise NoSuper(404)
except NoSuper as e:
    print(e.code, e.args, repr(str(e)))

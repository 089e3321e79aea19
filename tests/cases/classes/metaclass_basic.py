# A simple metaclass that customizes class creation.
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print('Meta.__new__', name, sorted(k for k in ns if not k.startswith('__')))
        ns['created_by'] = 'Meta'
        return super().__new__(mcls, name, bases, ns)

    def __call__(cls, *args):
        print('Meta.__call__', cls.__name__, args)
        return super().__call__(*args)

class Model(metaclass=Meta):
    field = 1

    def __init__(self, v):
        self.v = v

class User(Model):
    name = 'u'

u = User(7)
print(u.v, u.created_by, User.created_by)
print(type(User).__name__, isinstance(User, Meta))

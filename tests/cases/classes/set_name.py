# __set_name__ on descriptors, plus __get__ and __set__.
class Field:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = '_' + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, 'unset')

    def __set__(self, obj, value):
        setattr(obj, self.name, value * 2)

class Rec:
    a = Field()
    b = Field()

r = Rec()
print(r.a)
r.a = 5
print(r.a, r._a)
r.b = 'x'
print(r.b)
print(type(Rec.a).__name__)

# A class decorator that adds a method and registers the class.
registry = []

def register(cls):
    registry.append(cls.__name__)
    return cls

def add_describe(cls):
    def describe(self):
        return 'I am a ' + type(self).__name__
    cls.describe = describe
    return cls

@register
@add_describe
class Widget:
    pass

@register
class Gadget:
    pass

print(registry)
print(Widget().describe())
print(hasattr(Gadget, 'describe'))

# Classes derived from classmethod, staticmethod and property (abc.abstractclassmethod and friends).
class abstractclassmethod(classmethod):
    __isabstractmethod__ = True
    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)
class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True
    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)
class abstractproperty(property):
    __isabstractmethod__ = True
class C:
    @abstractclassmethod
    def make(cls): return ('made', cls.__name__)
    @abstractstaticmethod
    def s(x): return x * 2
    @abstractproperty
    def p(self): return 'prop'
    @property
    def q(self): return 'q'
    r = property(fget=lambda self: 'kw')
print(C.make(), C().make(), C.s(4), C().p, C().q, C().r)
print(type(C.__dict__['make']).__name__, isinstance(C.__dict__['make'], classmethod), C.__dict__['make'].__isabstractmethod__, C.__dict__['p'].__isabstractmethod__)
class LoudProp(property):
    def __get__(self, obj, owner=None):
        return ('loud', super().__get__(obj, owner))
class D:
    @LoudProp
    def v(self): return 5
print(D().v)

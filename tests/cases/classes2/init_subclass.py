class Base:
    subclasses = []
    def __init_subclass__(cls, prefix="", **kw):
        super().__init_subclass__(**kw)
        cls.label = prefix + cls.__name__
        Base.subclasses.append(cls.__name__)

class One(Base):
    pass

class Two(Base, prefix="my-"):
    pass

class Three(Two):
    pass

print(One.label, Two.label, Three.label)
print(Base.subclasses)
print(hasattr(Base, 'label'))

registry = {}

class RegMeta(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if bases:
            registry[name] = cls

class Plugin(metaclass=RegMeta):
    def run(self):
        return "base"

class Alpha(Plugin):
    def run(self):
        return "alpha"

class Beta(Plugin):
    pass

for name in sorted(registry):
    print(name, registry[name]().run())
print(len(registry))

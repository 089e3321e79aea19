class Config:
    base = 10
    doubled = base * 2
    names = ['a', 'b']
    upper = [n.upper() for n in names]
    def method(self):
        return self.base + self.doubled

print(Config.doubled, Config.upper, Config().method())

x = "global"
class Shadow:
    x = "class"
    def get(self):
        return x
    def get_cls(self):
        return self.x
print(Shadow().get(), Shadow().get_cls())
print(Config.__name__, Config.method.__name__, Config.method.__qualname__)

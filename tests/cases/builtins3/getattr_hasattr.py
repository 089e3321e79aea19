class Config:
    debug = False
    def __init__(self):
        self.level = 3
c = Config()
print(getattr(c, 'level'), getattr(c, 'debug'), getattr(c, 'missing', 'dflt'))
print(hasattr(c, 'level'), hasattr(c, 'nope'), hasattr(Config, 'level'))
setattr(c, 'name', 'prod')
print(c.name, getattr(c, 'name'))
delattr(c, 'level')
print(hasattr(c, 'level'))
for attr in ['debug', 'name', 'level']:
    print(attr, getattr(c, attr, None))
print(getattr('abc', 'upper')())
print(getattr(c, 'level'))

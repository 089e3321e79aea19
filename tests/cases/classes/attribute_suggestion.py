# Uncaught AttributeError with a "Did you mean" suggestion.
class Config:
    def __init__(self):
        self.timeout = 30
        self.retries = 3

c = Config()
print(c.timeout)
try:
    c.retires
except AttributeError as e:
    print('caught message has no suggestion:', e)
print(c.retries)
print(c.timeuot)

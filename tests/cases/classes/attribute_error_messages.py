# AttributeError messages for instances, classes and builtins.
class Thing:
    def __init__(self):
        self.value = 1

t = Thing()
try:
    t.missing
except AttributeError as e:
    print('caught:', e)
try:
    Thing.missing
except AttributeError as e:
    print('caught:', e)
try:
    (5).missing
except AttributeError as e:
    print('caught:', e)
try:
    'abc'.nope()
except AttributeError as e:
    print('caught:', e)
try:
    del t.nothing
except AttributeError as e:
    print('caught:', e)
try:
    [].x = 1
except AttributeError as e:
    print('caught:', e)
try:
    None.foo
except AttributeError as e:
    print('caught:', e)

# __eq__ and __hash__ make instances usable as dict keys.
class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __eq__(self, other):
        if not isinstance(other, Key):
            return NotImplemented
        return (self.a, self.b) == (other.a, other.b)

    def __hash__(self):
        return hash((self.a, self.b))

    def __repr__(self):
        return 'Key(%r, %r)' % (self.a, self.b)

d = {Key(1, 2): 'first'}
d[Key(1, 2)] = 'replaced'
d[Key(2, 1)] = 'other'
print(d)
print(Key(1, 2) in d, Key(3, 3) in d)
print(Key(1, 2) == Key(1, 2), Key(1, 2) != Key(1, 2), Key(1, 2) == 'x')
print(len({Key(0, 0), Key(0, 0), Key(0, 1)}))

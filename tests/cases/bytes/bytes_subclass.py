class B(bytes):
    def shout(self):
        return self.upper() + b'!'
b = B(b'hi')
print(b, type(b).__name__, b.shout(), b + b'x', type(b + b'x').__name__, isinstance(b, bytes), len(b))
print(B('text', 'ascii'), B([65]), B(), b == b'hi', hash(b) == hash(b'hi'), bytes(b), type(bytes(b)).__name__)
class BA(bytearray):
    pass
x = BA(b'abc')
x.append(100)
print(x, type(x).__name__, len(x), x[0], x.upper())
class Tagged(bytes):
    def __new__(cls, data, tag):
        self = super().__new__(cls, data)
        self.tag = tag
        return self
t = Tagged(b'data', 'T1')
print(t, t.tag)

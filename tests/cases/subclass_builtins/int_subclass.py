class Flag(int):
    def __new__(cls, value, label):
        obj = super().__new__(cls, value)
        obj.label = label
        return obj
    def __repr__(self):
        return f'<Flag {self.label}={int(self)}>'
    def __or__(self, other):
        return Flag(int(self) | int(other), self.label + '|' + getattr(other, 'label', str(other)))
a = Flag(1, 'A')
b = Flag(2, 'B')
print(a, b, a | b, a | 4, a + b, type(a + b).__name__, a == 1, sorted([b, a]), max(a, b))
print(isinstance(a, int), issubclass(Flag, int), Flag.__mro__, a.bit_length(), a.to_bytes(1, 'big'), hex(b), bin(a))
print([1, 2, 3][a], range(10)[b], divmod(Flag(7, 'x'), 2), pow(b, 3), b ** 2, -b, ~a, abs(Flag(-5, 'n')))
class Meters(float):
    def __str__(self):
        return f'{float(self)}m'
m = Meters(2.5)
print(m, repr(m), m * 2, m + Meters(1), f'{m:.1f}', str(m), int(m), m.is_integer(), m.hex() == (2.5).hex(), round(m))
class Counter(int):
    pass
c = Counter(10)
c.note = 'x'
print(c, c.note, vars(c), hash(c) == hash(10), {c: 'v'}[10], {10: 'w'}[c], Counter() == 0, Counter('z', 36))

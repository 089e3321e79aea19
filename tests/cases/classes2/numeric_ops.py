class Money:
    def __init__(self, cents):
        self.cents = cents
    def __truediv__(self, n):
        return Money(self.cents // n)
    def __floordiv__(self, o):
        return self.cents // o.cents
    def __mod__(self, o):
        return Money(self.cents % o.cents)
    def __pow__(self, n):
        return Money(self.cents ** n)
    def __rpow__(self, base):
        return base ** self.cents
    def __repr__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"

m = Money(1050)
print(m / 3)
print(m // Money(300))
print(m % Money(300))
print(Money(3) ** 2)
print(2 ** Money(10))

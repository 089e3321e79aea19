class InsufficientFunds(Exception):
    pass
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
    @property
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError(f"negative balance: {value}")
        self._balance = value
    def deposit(self, amt):
        if amt <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amt
    def withdraw(self, amt):
        if amt > self._balance:
            raise InsufficientFunds(f"{self.owner} has {self._balance}, needs {amt}")
        self.balance -= amt
    def __repr__(self):
        return f"Account({self.owner!r}, {self._balance})"
a = Account('ann', 100)
a.deposit(50); a.withdraw(30)
print(a, a.balance)
for op in [lambda: a.deposit(-5), lambda: a.withdraw(500), lambda: setattr(a, 'balance', -1)]:
    try: op()
    except (ValueError, InsufficientFunds) as e: print(type(e).__name__, e)
print(a)

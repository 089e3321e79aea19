class InsufficientFunds(Exception):
    def __init__(self, need, have):
        super().__init__(f"need {need}, have {have}")

class Account:
    def __init__(self, bal):
        self.bal = bal
    def withdraw(self, amt):
        if amt > self.bal:
            raise InsufficientFunds(amt, self.bal)
        self.bal -= amt
        return self.bal

a = Account(100)
print(a.withdraw(30))
print(a.withdraw(50))
a.withdraw(40)

# property() called as a function.
class Account:
    def __init__(self):
        self._balance = 0

    def get_balance(self):
        print('get')
        return self._balance

    def set_balance(self, v):
        print('set', v)
        self._balance = v

    balance = property(get_balance, set_balance, None, 'the balance')

a = Account()
a.balance = 50
a.balance += 25
print(a.balance)
print(Account.balance.__doc__)
print(Account.balance.fget is Account.get_balance)

# Uncaught user-defined exception traceback.
class InsufficientFunds(Exception):
    pass

def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds('balance %d, requested %d' % (balance, amount))
    return balance - amount

print(withdraw(100, 30))
print(withdraw(10, 30))

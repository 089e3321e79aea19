# UnboundLocalError is a NameError subclass: CPython offers no suggestion for it.
def f():
    print(totals)
    totals = 1

totals_sum = 0
f()
